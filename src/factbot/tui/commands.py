"""The command palette (ctrl+p): knowledge commands by name, plus the app's actions.

Sources and entities are listed from the loaded knowledge, so a new knowledge
folder brings its own commands. Names are shown as `Content`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style
from textual.system_commands import SystemCommandsProvider

from factbot.answering.profile import known_about
from factbot.sanitize import safe_text

if TYPE_CHECKING:
    from factbot.tui.app import FactbotApp

Command = tuple[str, Callable[[], object], str]


class OrderedSystemCommands(SystemCommandsProvider):
    """The app's commands in the order `get_system_commands` gives them (Textual's sorts by name).

    The palette opens on what people use most (theme, export, open source, new
    conversation, About…), not on an alphabetical list.
    """

    async def discover(self) -> Hits:
        for name, help_text, callback, discover in self.app.get_system_commands(self.screen):
            if discover:
                yield DiscoveryHit(name, callback, help=help_text)


class KnowledgeCommands(Provider):
    """Commands named after the knowledge: open each source, see what is known about each entity.

    Found by typing only: the opened palette lists one "About…" command instead of
    an entry per entity, so the app's own commands stay on the first screen.
    """

    def _commands(self) -> list[Command]:
        app = cast("FactbotApp", self.app)
        kb = app.engine.kb
        commands: list[Command] = []
        for source in kb.knowledge.sources.values():
            commands.append(
                (
                    f"Open source: {safe_text(source.title)}",
                    partial(app.open_source, source.id),
                    "Read it with sentence numbers",
                )
            )
        for entity_id, entity in kb.entities.items():
            if not known_about(kb, entity_id):
                continue
            name = safe_text(entity.name)  # shown in the palette: no control character reaches the terminal
            commands.append(
                (f"What is known about {name}", partial(app.show_known, entity_id), "Every fact and statement, cited")
            )
        return commands

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                yield Hit(
                    score, literal_highlight(name, offsets, matcher.match_style), callback, text=name, help=help_text
                )


def literal_highlight(name: str, offsets: Sequence[int], style: Style) -> Content:
    """The name with matched letters marked, as literal text.

    Textual's `Matcher.highlight` parses the candidate as markup, which would let a
    name such as "[b]" restyle the palette; this keeps the name exactly as written.
    """
    content = Content(name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content
