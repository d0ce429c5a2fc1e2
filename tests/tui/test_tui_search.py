"""Find in the conversation (ctrl+f)."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input
from tui_helpers import Recorder, ask, type_into

from factbot.tui.app import FactbotApp
from factbot.tui.messages import TranscriptSearched

AppFactory = Callable[..., FactbotApp]


async def test_should_find_step_through_and_close(new_app: AppFactory, recorder: Recorder) -> None:
    """Given three turns, "nissan" matches two; enter moves between them; escape clears and returns to the prompt."""
    app = new_app()
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await ask(pilot, "Who is in the Toyota-led alliance?")
        await ask(pilot, "How many EVs did Honda sell in 2023?")
        turns = app.transcript.turns
        await pilot.press("ctrl+f")
        search = app.query_one("#search", Input)
        assert app.focused is search
        await type_into(pilot, search, "NISSAN")
        found = recorder.of(TranscriptSearched)[-1]
        assert (found.matches, found.current) == (2, 1)
        assert [turn.has_class("-match") for turn in turns] == [True, False, True]
        assert turns[2].has_class("-current-match")
        await pilot.press("enter")
        assert recorder.of(TranscriptSearched)[-1].current == 0
        assert turns[0].has_class("-current-match") and not turns[2].has_class("-current-match")
        assert app.transcript.scroll_y <= turns[0].virtual_region.y
        await pilot.press("up")
        assert recorder.of(TranscriptSearched)[-1].current == 1
        await type_into(pilot, search, "no such words")
        assert recorder.of(TranscriptSearched)[-1].matches == 0
        assert str(app.query_one("#search-count").render()) == "no match"
        await pilot.press("escape")
        assert app.focused is app.question_input
        assert not app.query_one("#search-bar").display
        assert not any(turn.has_class("-match") for turn in turns)


async def test_should_not_blink_when_the_app_does_not(new_app: AppFactory) -> None:
    """A blinking search cursor made the search screenshot depend on when it was taken (flaky on a busy machine)."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+f")
        assert not app.query_one("#search", Input).cursor_blink
