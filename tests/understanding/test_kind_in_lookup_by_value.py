"""Whose figure was X, asked of a kind ("which company sold 90?"): the kind word is explained when a subject of
the measure is of that kind."""

from __future__ import annotations

from pathlib import Path

from tiny import RECORDS, tiny_engine

STATES = RECORDS.replace("kind: company", "kind: state")


def test_which_kind_had_a_value(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, STATES).ask("Which state sold 90 widgets?")
    assert answer.status == "answered" and "Bolt" in answer.text


def test_a_kind_no_subject_is_stays_unexplained(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, STATES).ask("Which country sold 90 widgets?")
    assert answer.status != "answered"
