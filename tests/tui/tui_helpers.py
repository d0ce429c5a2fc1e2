"""Helpers for driving the chat in Pilot tests: record messages, ask, read the screen."""

from __future__ import annotations

from typing import TypeVar

from textual.command import CommandInput, CommandList, CommandPalette
from textual.message import Message
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Static

from factbot.tui.app import FactbotApp
from factbot.tui.transcript import Turn

MessageType = TypeVar("MessageType", bound=Message)


class Recorder:
    """Collects every message the app processes (pass `recorder` as `message_hook`)."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    def __call__(self, message: Message) -> None:
        # A bubbling message passes through every parent's queue; record it once.
        if not any(seen is message for seen in self.messages):
            self.messages.append(message)

    def of(self, kind: type[MessageType]) -> list[MessageType]:
        return [message for message in self.messages if isinstance(message, kind)]


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every engine worker has finished and the screen has caught up; the inputs of screens the app
    does not build (the command palette's) stop blinking, so a screenshot does not depend on the blink phase."""
    await pilot.app.workers.wait_for_complete()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def ask(pilot: Pilot[None], question: str) -> None:
    """Put `question` in the prompt, press enter, and wait for the answer.

    The text is set, not typed: `Pilot.press` waits for the app to go idle after
    every key (two `wait_for_idle` rounds, at least 40 ms a key), which made a
    50-character question cost two seconds. Tests where typing is the behaviour
    (completion, `?`, typing into the options) still press the keys themselves.
    """
    app = pilot.app
    assert isinstance(app, FactbotApp)
    app.question_input.focus()
    app.question_input.value = question
    app.question_input.cursor_position = len(question)
    await pilot.press("enter")
    await settle(pilot)


async def type_into(pilot: Pilot[None], widget: Input, text: str) -> None:
    """Set `text` in a focused input (the palette's, say) and let it react, without per-key waits."""
    widget.focus()
    widget.value = text
    widget.cursor_position = len(text)
    await pilot.pause()


def shown_text(widget_root: object) -> str:
    """All the text a widget tree shows, one Static after another (what the user reads)."""
    assert isinstance(widget_root, Widget)
    parts = [str(static.render()) for static in widget_root.query(Static)]
    return "\n".join(parts)


def last_turn(app: FactbotApp) -> Turn:
    turns = app.transcript.turns
    assert turns, "no question has been asked"
    return turns[-1]


async def run_command(pilot: Pilot[None], text: str) -> None:
    """Open the command palette, search for `text`, and run the first hit once it is listed."""
    await pilot.press("ctrl+p")
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    await type_into(pilot, palette.query_one(CommandInput), text)
    hits = palette.query_one(CommandList)
    for _ in range(100):  # the palette searches in a worker; wait for it, not a fixed time
        if hits.option_count:
            break
        await pilot.pause(0.01)
    assert hits.option_count, f"no command matches {text!r}"
    await pilot.press("enter")
    await settle(pilot)
