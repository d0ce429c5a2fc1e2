""" "What else does the report say about X?" asks about X: everything the sources say of it."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine


def test_what_the_sources_say_about_a_name(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("What else does the report say about Bolt?")
    assert answer.status == "answered"
    assert "option to buy a factory" in answer.text and "partnership" in answer.text
