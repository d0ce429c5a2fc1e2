"""A level of no period cannot be placed before or after a dated one: which way the figure moved is unsaid."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: tea, name: tea, kind: commodity, aliases: [tea]}
measures:
  - {id: carryover, name: carryover, unit: bushels, aliases: [carryover]}
periods:
  - {id: earlier, label: "in the earlier estimate", order: 2010.3}
facts:
  - {id: now, subject: tea, measure: carryover, value: "1.7 billion", sentence: 1,
     quote: "cut the tea carryover from 1.9 billion bushels to 1.7 billion bushels"}
  - {id: before, subject: tea, measure: carryover, period: earlier, value: "1.9 billion", sentence: 1,
     quote: "the tea carryover from 1.9 billion bushels"}
"""
TEXT = "The Agency cut the tea carryover from 1.9 billion bushels to 1.7 billion bushels.\n"


def test_no_direction_between_an_undated_level_and_a_dated_one(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did the tea carryover rise?")
    assert not answer.text.startswith("Yes") and "rose by" not in answer.text
