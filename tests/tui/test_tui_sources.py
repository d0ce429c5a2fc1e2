"""Reading sources in context: the viewer, the "what is known" dialog and the palette."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.containers import VerticalScroll
from textual.events import Paste
from textual.widgets import OptionList
from tui_helpers import Recorder, ask, run_command, settle, shown_text

from factbot.tui.answer_view import AskableOptions, CitationView
from factbot.tui.app import FactbotApp
from factbot.tui.messages import CitationSelected, SourceOpened
from factbot.tui.screens import KnownScreen, PickerScreen, SentenceView, SourceScreen

AppFactory = Callable[..., FactbotApp]


def visible_in(scroller: VerticalScroll, widget: SentenceView) -> bool:
    return scroller.region.contains_region(widget.region) or scroller.region.overlaps(widget.region)


async def test_should_open_a_citation_scrolled_to_and_marking_its_sentence(
    new_app: AppFactory, recorder: Recorder
) -> None:
    """Given an answer, enter on its citation opens the source at that sentence, highlighted."""
    app = new_app()
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("shift+tab", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert recorder.of(CitationSelected)[-1].citation.sentence == 25
        assert recorder.of(SourceOpened)[-1].sentence == 25
        target = screen.query_one("#sentence-25", SentenceView)
        assert target.has_class("-target")
        assert [view.number for view in screen.query(".-target").results(SentenceView)] == [25]
        scroller = screen.query_one("#source-text", VerticalScroll)
        assert scroller.scroll_y > 0, "sentence 25 of 27 is not on the first page"
        assert visible_in(scroller, target)
        quote = target.query_one(".sentence-text").render()
        marked = [str(quote)[span.start : span.end] for span in quote.spans]  # type: ignore[attr-defined]
        assert "140,000" in marked
        assert "sentence 25 of" in shown_text(screen)
        await pilot.press("escape")
        assert len(app.screen_stack) == 1


async def test_should_open_the_latest_citation_with_ctrl_o(new_app: AppFactory) -> None:
    """Given an answer with two citations, ctrl+o opens the first; n and p move between both."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Who is in the Toyota-led alliance?")
        await pilot.press("ctrl+o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert screen.target == 13
        assert screen.cited == (13, 14)
        await pilot.press("n")
        await pilot.pause()
        assert screen.target == 14
        assert screen.query_one("#sentence-14").has_class("-target")
        assert not screen.query_one("#sentence-13").has_class("-target")
        await pilot.press("p")
        assert screen.target == 13


async def test_should_open_the_source_from_the_top_before_anything_is_cited(new_app: AppFactory) -> None:
    """Given no answer yet, ctrl+o shows the (only) source with every sentence numbered."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await settle(pilot)
        screen = app.screen
        assert len(app.engine.kb.knowledge.sources) == 1, "with several sources a picker opens instead"
        assert isinstance(screen, SourceScreen)
        assert len(screen.query(SentenceView)) == len(screen.source.sentences)
        assert screen.query_one("#source-text", VerticalScroll).scroll_y == 0


async def test_should_copy_the_cited_sentence_from_the_viewer(new_app: AppFactory) -> None:
    """Given the viewer at a citation, c copies that sentence."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("ctrl+o", "c")
        assert app.clipboard.startswith("In the global market, in 2023")


async def test_should_show_what_is_known_about_an_entity_from_the_palette(new_app: AppFactory) -> None:
    """Given the command palette, "known about Nissan" lists Nissan's facts with citations."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await run_command(pilot, "What is known about Nissan")
        screen = app.screen
        assert isinstance(screen, KnownScreen)
        text = shown_text(screen)
        assert "140,000" in text
        assert "3.44 million" in text
        assert len(screen.query(CitationView)) >= 3
        await pilot.press("tab")
        assert isinstance(app.focused, CitationView)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)


async def test_should_open_a_source_by_name_from_the_palette(new_app: AppFactory, recorder: Recorder) -> None:
    """Given the command palette, "Open source: <title>" opens that source."""
    app = new_app()
    source = next(iter(app.engine.kb.knowledge.sources.values()))
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await run_command(pilot, f"Open source: {source.title[:20]}")
        assert isinstance(app.screen, SourceScreen)
        assert recorder.of(SourceOpened)[-1].source == source.id


async def test_should_open_a_citation_with_a_click(new_app: AppFactory) -> None:
    """Given an answer, clicking its citation opens the source viewer at that sentence."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.click(CitationView)
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.target == 25


async def test_should_return_to_the_prompt_when_the_viewer_closes(new_app: AppFactory) -> None:
    """Given the viewer opened from a citation, q (or escape) returns focus to the prompt, not the citation."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        for close in ("q", "escape"):
            await pilot.press("shift+tab", "enter")
            await settle(pilot)
            assert isinstance(app.screen, SourceScreen)
            await pilot.press(close)
            await settle(pilot)
            assert app.focused is app.question_input, close
        await pilot.press("W", "h", "o", "?")
        assert app.question_input.value == "Who?"
        assert len(app.screen_stack) == 1


async def test_should_label_citations_with_the_short_title(new_app: AppFactory) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        header = str(app.query_one(CitationView).query_one(".citation-source").render())
        assert header == "[1] Japanese automakers · sentence 25"
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert str(app.screen.query_one("#source-title").render()) == "sentence 25 of 27 · Japanese automakers"


async def test_should_say_so_when_there_is_only_one_cited_sentence(
    new_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = new_app()
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **options: notes.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("ctrl+o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        monkeypatch.setattr(screen, "notify", lambda message, **options: notes.append(message))
        await pilot.press("n")
        await pilot.press("p")
        assert screen.target == 25
        assert notes == ["This is the only cited sentence."] * 2


async def test_should_hand_a_paste_on_the_clarify_options_to_the_prompt(new_app: AppFactory) -> None:
    """Given focused clarify options, a paste lands whole in the prompt, spaces included."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Nissan sales")
        assert isinstance(app.focused, AskableOptions)
        app.focused.post_message(Paste("How many EVs did Honda sell"))
        await pilot.pause()
        await pilot.press("space", "i", "n")
        assert app.focused is app.question_input
        assert app.question_input.value == "How many EVs did Honda sell in"


async def test_should_open_the_palette_on_the_most_used_commands(new_app: AppFactory) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles[:6] == [
            "Theme",
            "Export as Markdown",
            "Export as JSON",
            "Open source",
            "New conversation",
            "About…",
        ]
        assert titles.index("Quit") > titles.index("About…")


async def test_should_show_what_is_known_through_about(new_app: AppFactory) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await run_command(pilot, "About…")
        assert isinstance(app.screen, PickerScreen)
        names = [str(option.prompt) for option in app.screen.query_one(OptionList).options]
        await pilot.press(*(["down"] * names.index("Nissan")), "enter")
        await settle(pilot)
        assert isinstance(app.screen, KnownScreen)
        assert "140,000" in shown_text(app.screen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is app.question_input
