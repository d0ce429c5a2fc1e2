"""Shared fixtures: the shipped knowledge loaded once, and a small second source."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factbot.engine import Engine
from knowledge_paths import FIXTURES, KNOWLEDGE


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_folder(KNOWLEDGE)


@pytest.fixture(scope="session")
def second_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The coffee fixture: a second source with the built-in lexicon, and no code of its own."""
    target = tmp_path_factory.mktemp("second") / "knowledge"
    shutil.copytree(FIXTURES / "second-source", target)
    return target


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge, for tests that break it on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real ~/.config/factbot or ~/.local/share/factbot (nor sees NO_COLOR)."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("HOME", str(root))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return root
