"""A few screenshots, compared with approved SVGs (`pytest --snapshot-update` re-approves).

Kept few on purpose: behaviour is tested through messages; these catch layout and
styling regressions. Everything is deterministic: fixed terminal sizes, samples
picked in a fixed order, no clock, cursor blink and animation off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input
from tui_helpers import ask, settle, type_into

from factbot.tui.app import FactbotApp

AppFactory = Callable[..., FactbotApp]
SnapCompare = Callable[..., bool]
COMPUTED_QUESTION = "How many more EVs did Tesla sell than BYD in 2023?"


def test_welcome(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """The first screen: what factbot is, sample questions from the knowledge, the prompt."""
    assert snap_compare(new_app(), terminal_size=(100, 30))


def test_computed_answer_with_citation(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """A difference: status, answer, working, and the cited sentence with both figures marked."""

    async def asked(pilot: Pilot[Any]) -> None:
        await ask(pilot, COMPUTED_QUESTION)

    assert snap_compare(new_app(), terminal_size=(100, 30), run_before=asked)


def test_source_viewer_at_the_citation(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """The source viewer opened from that answer: sentence 25 centred and marked."""

    async def opened(pilot: Pilot[Any]) -> None:
        await ask(pilot, COMPUTED_QUESTION)
        await pilot.press("ctrl+o")
        await settle(pilot)

    assert snap_compare(new_app(), terminal_size=(100, 30), run_before=opened)


def test_small_terminal_with_clarify_options(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: a clarification with its options focused, after a computed answer in another conversation."""

    async def asked(pilot: Pilot[Any]) -> None:
        await ask(pilot, "Nissan sales")

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=asked)


def test_explain_on(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """Explain mode shows the engine's trace under the answer."""

    async def explained(pilot: Pilot[Any]) -> None:
        await ask(pilot, COMPUTED_QUESTION)
        pilot.app.explain = True
        await pilot.pause()
        pilot.app.clear_notifications()

    assert snap_compare(new_app(), terminal_size=(100, 30), run_before=explained)


def test_source_viewer_at_80_columns(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: the viewer's header is one line (the short label) and its footer still shows F1."""

    async def opened(pilot: Pilot[Any]) -> None:
        await ask(pilot, COMPUTED_QUESTION)
        await pilot.press("ctrl+o")
        await settle(pilot)

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=opened)


def test_unknown_answer_with_nearby_figures(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: what is known nearby, one figure a line under the measure named once."""

    async def asked(pilot: Pilot[Any]) -> None:
        await ask(pilot, "How many EVs did Mazda sell in 2023?")

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=asked)


def test_new_conversation_confirmation(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: ctrl+n asks before clearing."""

    async def asked(pilot: Pilot[Any]) -> None:
        await ask(pilot, COMPUTED_QUESTION)
        await pilot.press("ctrl+n")
        await settle(pilot)

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=asked)


def test_export_dialog(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: ctrl+s shows where it will write before writing (a fixed folder keeps the picture stable)."""

    async def asked(pilot: Pilot[Any]) -> None:
        await ask(pilot, COMPUTED_QUESTION)
        await pilot.press("ctrl+s")
        await settle(pilot)
        pilot.app.screen.query_one("#export-path", Input).value = "/home/me/Documents/factbot/nissan.md"
        await pilot.pause()

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=asked)


def test_search_in_the_conversation(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: ctrl+f with a query, its matches marked and counted."""

    async def searched(pilot: Pilot[Any]) -> None:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await ask(pilot, COMPUTED_QUESTION)
        await pilot.press("ctrl+f")
        await type_into(pilot, pilot.app.query_one("#search", Input), "Nissan")
        await settle(pilot)  # the input's Changed, the marks and the scroll: several rounds on a busy machine

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=searched)


def test_palette_opens_on_the_most_used_commands(new_app: AppFactory, snap_compare: SnapCompare) -> None:
    """80x24: theme, export, open source, new conversation and About… come first."""

    async def opened(pilot: Pilot[Any]) -> None:
        await pilot.press("ctrl+p")
        await settle(pilot)

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=opened)
