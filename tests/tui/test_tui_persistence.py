"""What the chat remembers between runs: history, theme, conversations, and config.toml."""

from __future__ import annotations

import json
from collections.abc import Callable

from tui_helpers import Recorder, ask, settle, shown_text

from factbot.tui.app import FactbotApp
from factbot.tui.messages import ConversationSaved, ThemeSaved
from factbot.tui.screens import PickerScreen
from factbot.userfiles import Config, UserFiles, load_config, read_history

AppFactory = Callable[..., FactbotApp]
NISSAN = "How many EVs did Nissan sell in 2023?"


async def test_should_recall_questions_from_an_earlier_run_with_up(new_app: AppFactory, user_files: UserFiles) -> None:
    """Given a question asked in one run, up-arrow in the next run brings it back (the history file)."""
    async with new_app().run_test(size=(100, 30)) as pilot:
        await ask(pilot, NISSAN)
    assert read_history(user_files.history_file) == [NISSAN]
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("up")
        assert app.question_input.value == NISSAN


async def test_should_keep_the_chosen_theme_for_the_next_run(
    new_app: AppFactory, user_files: UserFiles, recorder: Recorder
) -> None:
    """Given a theme chosen in the chat, config.toml gets it and the next run starts in it."""
    user_files.config_dir.mkdir(parents=True)
    user_files.config_file.write_text('# mine\n[keymap]\n"factbot.export" = "f5"\n', encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert [message.theme for message in recorder.of(ThemeSaved)] == ["nord"]
    config, warnings = load_config(user_files.config_file)
    assert config.theme == "nord"
    assert config.keymap == {"factbot.export": "f5"}, "the rest of the file is kept"
    assert warnings == []
    relaunched = new_app(config=config)
    async with relaunched.run_test(size=(100, 30)):
        assert relaunched.theme == "nord"


async def test_should_take_keys_from_the_config_keymap(new_app: AppFactory) -> None:
    app = new_app(config=Config(keymap={"factbot.search": "f6"}))
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, NISSAN)
        await pilot.press("f6")
        assert app.focused is app.query_one("#search")


async def test_should_save_each_conversation_and_reopen_it(
    new_app: AppFactory, user_files: UserFiles, recorder: Recorder
) -> None:
    """Given a conversation in one run, the next run lists it and asks its questions again, follow-ups included."""
    async with new_app().run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, NISSAN)
        await ask(pilot, "What about Honda?")
    saved = recorder.of(ConversationSaved)[-1].path
    assert saved.parent == user_files.conversations_dir
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert [record["question"] for record in data["records"]] == [NISSAN, "What about Honda?"]
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_reopen()
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        assert "2 questions · How many EVs did Nissan sell in 2023?" in str(
            app.screen.query_one("#picker-options").get_option_at_index(0).prompt
        )
        await pilot.press("enter")
        await settle(pilot)
        assert [turn.question for turn in app.transcript.turns] == [NISSAN, "What about Honda?"]
        assert "19,000" in shown_text(app.transcript.turns[-1])


async def test_should_remember_nothing_without_user_files(new_app: AppFactory, user_files: UserFiles) -> None:
    async with new_app(user_files=None).run_test(size=(100, 30)) as pilot:
        await ask(pilot, NISSAN)
    assert not user_files.data_dir.exists()
