"""A bound after a fall or rise with no period named ("has it dropped below 50%?") is met by the latest level."""

from __future__ import annotations

from pathlib import Path

from tiny import FALLING_SHARE, tiny_engine

TEXT = "Acme held 60% of the market in 2020 and 45% in 2021.\n"


def test_the_latest_level_meets_the_bound(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, FALLING_SHARE, TEXT).ask("Has Acme's market share dropped below 50%?")
    assert answer.text.startswith("Yes."), answer.text


def test_the_latest_level_misses_the_bound(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, FALLING_SHARE, TEXT).ask("Has Acme's market share dropped below 40%?")
    assert answer.text.startswith("No."), answer.text
