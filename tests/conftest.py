"""Shared fixtures: the shipped knowledge loaded once, and a small second source."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factbot.engine import Engine
from knowledge_paths import KNOWLEDGE


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_folder(KNOWLEDGE)


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge, for tests that break it on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target
