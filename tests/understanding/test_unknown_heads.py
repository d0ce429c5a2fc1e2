"""A word the knowledge never uses right after a one-word match of a measure is the head of another quantity:
"average hourly earnings" of a folder that curates only hours is not answered with the hours."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: staff, name: Acme staff, kind: group, aliases: [Acme staff]}
measures:
  - {id: hours, name: average hours worked, unit: hours, aliases: [average hours worked, hours]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: h, subject: staff, measure: hours, period: y2021, value: 7.7 hours, sentence: 1,
     quote: "Acme staff worked an average of 7.7 hours in 2021"}
"""
TEXT = "Acme staff worked an average of 7.7 hours in 2021.\n"


def test_an_unknown_head_after_a_measure_word_is_another_quantity(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("What were the average hourly earnings of Acme staff in 2021?").status != "answered"
    assert engine.ask("What were the average hours of Acme staff in 2021?").status == "answered"
