"""A bound word that ends an entity's name ("people age 15 and over") belongs to the name: said right before a
measure's name it bounds nothing, so the question is not charged for it as for "over retirement age"."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "In 2004, 96 percent of people age 15 and over reported some leisure activity.\n"
RECORDS = """
entities:
  - {id: people, name: people age 15 and over, kind: population, aliases: [people age 15 and over]}
measures:
  - {id: leisure-share, name: share reporting leisure, unit: percent, aliases: [share reporting leisure]}
periods:
  - {id: y2004, aliases: ["2004"]}
facts:
  - {id: share-2004, subject: people, measure: leisure-share, period: y2004, value: 96 percent, sentence: 1,
     quote: "In 2004, 96 percent of people age 15 and over reported some leisure activity"}
"""


def test_a_name_ending_in_over_before_the_measure_is_answered(tmp_path: Path) -> None:
    question = "What was people age 15 and over share reporting leisure in 2004?"
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status == "answered"
    assert "96 percent" in answer.text
