"""The chat under hostile or unlucky conditions: escapes in text, fast typing, a vanished folder, quitting."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Static
from tui_helpers import Recorder, ask, settle

import factbot.tui.app
from factbot.engine import Engine
from factbot.suggestions import Suggestions
from factbot.tui.app import FactbotApp, make_app
from factbot.tui.dialogs import ExportScreen
from factbot.tui.messages import ConversationExported
from factbot.tui.screens import SourceScreen
from hostile import RAW, hostile_knowledge
from knowledge_paths import KNOWLEDGE

AppFactory = Callable[..., FactbotApp]


def every_text(app: object) -> str:
    from textual.app import App

    assert isinstance(app, App)
    return "\n".join(str(static.render()) for screen in app.screen_stack for static in screen.query(Static))


async def test_should_never_send_escapes_from_questions_or_knowledge_to_the_terminal(tmp_path: Path) -> None:
    engine = Engine.from_folder(hostile_knowledge(tmp_path))
    app = make_app(engine, suggestions=Suggestions((), (), ()), cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        app.question_input.value = "Where did Acme move?\x07\x9b\x1b"
        await pilot.press("enter")
        await settle(pilot)
        shown = every_text(app)
        assert "Acme moved to Mars.␛]8;;http://evil␇" in shown  # the statement's answer, made visible
        assert "Where did Acme move?␇\ufffd␛" in shown
        assert "Widgets␛[2J\ufffd" in shown  # the source title on the welcome panel and citation
        app.action_open_source()
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        shown = every_text(app)
        assert "Acme sold 5 widgets␛]52;c;aGFja2Vk␇ in 2023." in shown
        for line in shown.split("\n"):
            assert not RAW.search(line), line


async def test_should_keep_each_question_whole_when_keys_arrive_faster_than_answers(new_app: AppFactory) -> None:
    """A burst of keys (fast typing, a script) used to give 10 turns each holding all 10 questions."""
    app = new_app()
    questions = [f"How many EVs did Nissan sell in 202{digit}?" for digit in range(10)]
    async with app.run_test(size=(100, 30)) as pilot:
        app.question_input.focus()
        await pilot.pause()
        for question in questions:  # posted at once, without waiting for the app between keys
            for character in question:
                app.post_message(events.Key(character, character))
            app.post_message(events.Key("enter", "\r"))
        await settle(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        assert [turn.question for turn in app.transcript.turns] == questions
        assert [asked for asked, _ in app.conversation.history] == questions
        assert app.question_input.value == ""


QUIT_PROBE = """
import sys, time
from pathlib import Path
import factbot.tui.app
from factbot.engine import Engine
from factbot.suggestions import Suggestions
from factbot.tui.app import make_app

engine = Engine.from_folder(Path(sys.argv[1]))
engine.ask = lambda question, conversation=None: time.sleep(30)  # an answer that takes 30 s
app = make_app(engine, suggestions=Suggestions((), (), ()))

async def ask_then_quit():
    await app.ask("How many EVs did Nissan sell in 2023?")
    app.set_timer(0.3, app.action_quit)

app.call_later(ask_then_quit)
app.run(headless=True)
"""


def test_should_quit_at_once_while_an_answer_is_running(tmp_path: Path) -> None:
    """Quitting waited for the answer: the engine ran on asyncio's executor, which is joined at exit."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", QUIT_PROBE, str(KNOWLEDGE)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - started < 10


async def export_to(pilot: Pilot[None], path: Path) -> None:
    """ctrl+s, type `path` into the export dialog, enter."""
    await pilot.press("escape", "ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ExportScreen)
    pilot.app.screen.query_one("#export-path", Input).value = str(path)
    await pilot.press("enter")
    await settle(pilot)


async def test_should_export_elsewhere_when_the_chosen_folder_cannot_take_it(
    new_app: AppFactory, recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed write only said so; with the working directory deleted too, nothing was saved anywhere."""
    gone, home, blocker = tmp_path / "gone", tmp_path / "home", tmp_path / "a-file"
    gone.mkdir()
    home.mkdir()
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.chdir(gone)
    gone.rmdir()
    monkeypatch.setenv("HOME", str(home))
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await export_to(pilot, blocker / "export.md")
        assert app.is_running
    (exported,) = recorder.of(ConversationExported)
    assert exported.path.parent == home
    assert "140,000" in exported.path.read_text(encoding="utf-8")


async def test_should_keep_the_conversation_when_no_folder_takes_the_export(
    new_app: AppFactory, recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(factbot.tui.app, "export_folders", lambda: [tmp_path / "missing", tmp_path / "also-missing"])
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await export_to(pilot, blocker / "export.md")
        assert app.is_running
        assert recorder.of(ConversationExported) == []
        assert "140,000" in app.clipboard  # the Markdown went to the clipboard instead
        assert len(app.exchanges) == 1 and len(app.transcript.turns) == 1


async def test_should_show_pasted_control_characters_instead_of_sending_them(new_app: AppFactory) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.question_input.focus()
        await pilot.pause()
        app.question_input.post_message(events.Paste("\x1b]52;c;aGFja2Vk\x07Nissan EVs 2023\x9b\nsecond line"))
        await pilot.pause()
        assert app.question_input.value == "␛]52;c;aGFja2Vk␇Nissan EVs 2023\ufffd"
