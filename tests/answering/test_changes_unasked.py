"""A level asked for is not answered by a stated change alone: "what was the population" is no "up 500"."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Ardia's population rose by 500 people in 2011.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: population, name: population, unit: people, aliases: [population]}
periods:
  - {id: y2011, aliases: ["2011"]}
facts:
  - {id: ardia-change, subject: ardia, measure: population, period: y2011, change: "+500", sentence: 1,
     quote: "Ardia's population rose by 500 people in 2011"}
"""


def test_a_level_asked_is_not_answered_by_a_change(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was Ardia's population in 2011?")
    assert answer.status != "answered" and "500" in answer.text  # what is known nearby


def test_a_change_asked_is_answered_by_the_change(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("By how much did Ardia's population rise in 2011?")
    assert answer.status == "answered" and "500" in answer.text
