"""Conversation actions: export, copy, remapped keys, and the headless helpers behind them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input
from textual.widgets._toast import Toast
from tui_helpers import Recorder, ask, settle, shown_text

from factbot.engine import Engine
from factbot.formats import RECORD_KEYS
from factbot.tui.answer_view import CitationView
from factbot.tui.app import FactbotApp, clipboard_caveat
from factbot.tui.dialogs import ExportScreen, resolve_export_path
from factbot.tui.export import conversation_markdown, export_path
from factbot.tui.highlight import figure_pattern, highlight_spans
from factbot.tui.messages import AnswerCopied, ConversationExported
from factbot.userfiles import UserFiles

AppFactory = Callable[..., FactbotApp]


async def test_should_export_the_conversation_as_markdown_to_the_export_folder(
    new_app: AppFactory, recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_files: UserFiles
) -> None:
    """Given two answers, ctrl+s proposes a new .md file in the export folder; enter writes it there, not in cwd."""
    monkeypatch.chdir(tmp_path)
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "Nissan sales")
        await ask(pilot, "How many more EVs did Tesla sell than BYD in 2023?")
        await pilot.press("escape", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        proposed = app.screen.query_one("#export-path", Input).value
        assert proposed.startswith(str(user_files.documents_dir))
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.question_input
    (exported,) = recorder.of(ConversationExported)
    assert str(exported.path) == proposed
    assert exported.path.parent == user_files.documents_dir
    assert [path.name for path in tmp_path.iterdir()] == ["user"], "nothing is written to the current directory"
    assert re.fullmatch(r"factbot-conversation-\d{8}-\d{6}\.md", exported.path.name)
    text = exported.path.read_text(encoding="utf-8")
    assert "## 2. How many more EVs did Tesla sell than BYD in 2023?" in text
    assert "230,000" in text
    assert "- working: 1.8 million − 1.57 million = 230,000" in text
    assert "> In the global market, in 2023" in text
    assert "sentence 25" in text
    assert "## 1. Nissan sales" in text
    assert "*clarify*" in text
    assert "- option: Nissan's vehicle sales" in text


async def test_should_export_json_records_to_a_path_typed_relative_to_the_export_folder(
    new_app: AppFactory, recorder: Recorder, user_files: UserFiles
) -> None:
    """Given an answer, a typed name ending in .json writes the same records as `factbot ask --format json`."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await ask(pilot, "/check Honda sold 140,000 EVs in 2023")
        await pilot.press("ctrl+s")
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = "mine/nissan.json"
        await pilot.press("enter")
        await settle(pilot)
    (exported,) = recorder.of(ConversationExported)
    assert exported.path == user_files.documents_dir / "mine" / "nissan.json"
    data = json.loads(exported.path.read_text(encoding="utf-8"))
    assert [record["status"] for record in data["records"]] == ["answered", "refuted"]
    assert all(tuple(record)[: len(RECORD_KEYS)] == RECORD_KEYS for record in data["records"])
    assert data["records"][0]["citations"][0]["sentence"] == 25


async def test_should_cancel_an_export_with_escape_and_refuse_other_suffixes(
    new_app: AppFactory, recorder: Recorder, user_files: UserFiles
) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = "notes.txt"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen), "a .txt path is refused, the dialog stays"
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.screen_stack) == 1
        assert app.focused is app.question_input
    assert recorder.of(ConversationExported) == []
    assert not user_files.documents_dir.exists()


def test_export_paths_are_relative_to_the_export_folder(tmp_path: Path) -> None:
    assert resolve_export_path("a.md", tmp_path) == tmp_path / "a.md"
    assert resolve_export_path("/x/a.JSON", tmp_path) == Path("/x/a.JSON")
    assert resolve_export_path("~/a.md", tmp_path) == Path.home() / "a.md"
    assert resolve_export_path("a.txt", tmp_path) is None
    assert resolve_export_path("  ", tmp_path) is None


async def test_should_not_export_an_empty_conversation(
    new_app: AppFactory, recorder: Recorder, user_files: UserFiles
) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(app.screen_stack) == 1
    assert recorder.of(ConversationExported) == []
    assert not user_files.documents_dir.exists()


async def test_should_copy_the_last_answer_and_say_so(
    new_app: AppFactory, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given an answer, ctrl+y puts it (with its citation) on the clipboard and notifies."""
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("TERM_PROGRAM", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    app = new_app()
    notes: list[str] = []
    notify = app.notify

    def recording_notify(message: str, **options: Any) -> None:
        notes.append(message)
        notify(message, **options)

    monkeypatch.setattr(app, "notify", recording_notify)
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert "140,000" in app.clipboard
        assert "automakers-alliance #25" in app.clipboard
        assert recorder.of(AnswerCopied)[-1].text == app.clipboard
        assert notes == ["Copied the last answer."]


def test_should_warn_where_the_terminal_drops_clipboard_requests() -> None:
    assert clipboard_caveat({"TERM_PROGRAM": "Apple_Terminal"}) is not None
    assert clipboard_caveat({"TMUX": "/tmp/tmux-0/default,1,0"}) is not None
    assert clipboard_caveat({"TERM": "xterm-256color"}) is None


async def test_should_follow_a_remapped_key(new_app: AppFactory, user_files: UserFiles) -> None:
    """Given a keymap moving export to f5 (by binding id), f5 exports and the help shows f5."""
    app = new_app(keymap={"factbot.export": "f5"})
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("f5", "enter")
        await settle(pilot)
        assert len(list(user_files.documents_dir.glob("factbot-conversation-*.md"))) == 1
        await pilot.press("f1")
        assert "f5" in shown_text(app.screen)


def test_should_highlight_the_figures_an_answer_uses(tui_engine: Engine) -> None:
    answer = tui_engine.ask("How many more EVs did Tesla sell than BYD in 2023?")
    quote = answer.citations[0].quote
    spans = highlight_spans(quote, (answer.text, *answer.working), figure_pattern(tui_engine.kb.lexicon.scale_words))
    marked = [quote[start:end] for start, end in spans]
    assert "1.8 million" in marked
    assert "1.57 million" in marked
    assert "140,000" not in marked


def test_should_highlight_a_quoted_phrase_when_the_answer_has_no_figures(tui_engine: Engine) -> None:
    answer = tui_engine.ask("Why did Japanese automakers form an alliance?")
    quote = answer.citations[0].quote
    spans = highlight_spans(quote, (answer.text,), figure_pattern(tui_engine.kb.lexicon.scale_words))
    assert any("form an alliance" in quote[start:end] for start, end in spans)


def test_should_never_overwrite_an_earlier_export(tmp_path: Path, tui_engine: Engine) -> None:
    now = datetime(2024, 5, 1, 12, 30, 0)
    first = export_path(tmp_path, now)
    assert first.name == "factbot-conversation-20240501-123000.md"
    first.write_text("x", encoding="utf-8")
    assert export_path(tmp_path, now) != first
    question = "[bold]x[/] | # not a heading"
    text = conversation_markdown([(question, tui_engine.ask(question))], tui_engine.kb, now)
    assert f"## 1. {question}" in text


async def test_should_show_toasts_at_the_top_away_from_the_latest_citations(new_app: AppFactory) -> None:
    """Given an answer at the bottom, a notification appears in the top rows, not over its citation."""
    app = new_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("ctrl+y")
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        citation = app.query(CitationView).last()
        assert toast.region.y < 6
        assert not toast.region.overlaps(citation.region)
