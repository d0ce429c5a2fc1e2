"""Fixtures for the TUI tests: one app factory, a message recorder, and helpers to drive it.

Suggestions are built once per session (they ask the engine a few dozen questions);
every app is built through `make_app`, exactly as the CLI builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tui_helpers import Recorder

from factbot.engine import Engine
from factbot.suggestions import Suggestions, build_suggestions
from factbot.tui.app import FactbotApp, make_app
from factbot.userfiles import UserFiles

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="session")
def tui_engine() -> Engine:
    return Engine.from_folder(KNOWLEDGE)


@pytest.fixture(scope="session")
def suggestions(tui_engine: Engine) -> Suggestions:
    return build_suggestions(tui_engine)


@pytest.fixture
def user_files(tmp_path: Path) -> UserFiles:
    """A config, history and conversations folder of the test's own (never the real ones)."""
    return UserFiles.under(tmp_path / "user")


@pytest.fixture
def new_app(tui_engine: Engine, suggestions: Suggestions, user_files: UserFiles) -> Callable[..., FactbotApp]:
    """Build an app the way the CLI does, with blinking and animation off for stable tests."""

    def build(**options: object) -> FactbotApp:
        options.setdefault("user_files", user_files)
        app = make_app(tui_engine, suggestions=suggestions, cursor_blink=False, **options)  # type: ignore[arg-type]
        app.animation_level = "none"
        return app

    return build


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()
