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
