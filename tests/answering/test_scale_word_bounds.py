"""A bound said with a scale word alone ("more than a billion") is a figure: asked yes or no, it is decided
against the figure the sources give."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Airlines carried 965.0 million passengers in 2017.\n"
RECORDS = """
entities:
  - {id: airlines, name: airlines, kind: industry, aliases: [airlines]}
measures:
  - {id: passengers, name: passengers, unit: passengers, aliases: [passengers]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: p-2017, subject: airlines, measure: passengers, period: y2017, value: 965.0 million, sentence: 1,
     quote: "Airlines carried 965.0 million passengers in 2017"}
"""


def test_more_than_a_billion_is_decided(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("were there more than a billion passengers in 2017?")
    assert answer.status == "answered" and answer.text.startswith("No") and "965.0 million" in answer.text, answer.text
