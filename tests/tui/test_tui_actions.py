"""Conversation actions: export, copy, remapped keys, and the headless helpers behind them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from tui_helpers import Recorder, ask, settle

from factbot.engine import Engine
from factbot.tui.app import FactbotApp, clipboard_caveat
from factbot.tui.export import conversation_markdown, export_path
from factbot.tui.highlight import figure_pattern, highlight_spans
from factbot.tui.messages import AnswerCopied, ConversationExported

AppFactory = Callable[..., FactbotApp]


async def test_should_export_the_conversation_as_markdown(
    new_app: AppFactory, recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given two answers, ctrl+s writes a Markdown transcript into the current directory."""
    monkeypatch.chdir(tmp_path)
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many more EVs did Tesla sell than BYD in 2023?")
        await ask(pilot, "Nissan sales")
        await pilot.press("escape", "ctrl+s")
        await settle(pilot)
    (exported,) = recorder.of(ConversationExported)
    assert exported.path.parent == tmp_path
    assert re.fullmatch(r"factbot-conversation-\d{8}-\d{6}\.md", exported.path.name)
    text = exported.path.read_text(encoding="utf-8")
    assert "## 1. How many more EVs did Tesla sell than BYD in 2023?" in text
    assert "230,000" in text
    assert "- working: 1.8 million − 1.57 million = 230,000" in text
    assert "> In the global market, in 2023" in text
    assert "sentence 25" in text
    assert "## 2. Nissan sales" in text
    assert "*clarify*" in text
    assert "- option: Nissan electric vehicle sales" in text


async def test_should_not_export_an_empty_conversation(
    new_app: AppFactory, recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert recorder.of(ConversationExported) == []
    assert list(tmp_path.iterdir()) == []


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


async def test_should_follow_a_remapped_key(
    new_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given a keymap moving export to f5 (by binding id), f5 exports and the help shows f5."""
    monkeypatch.chdir(tmp_path)
    app = new_app(keymap={"factbot.export": "f5"})
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("f5")
        await settle(pilot)
        assert len(list(tmp_path.glob("factbot-conversation-*.md"))) == 1


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
