"""What the sources give near an unanswered question is said whole, even when a name in it holds a full stop
("U.S. airlines"): the part after the sentence saying what is missing is built apart, not cut at the first
". " of the text."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "U.S. airlines carried 120 widgets in 2020.\n"
RECORDS = """
entities:
  - {id: us-airlines, name: U.S. airlines, kind: group, aliases: [U.S. airlines, US airlines]}
measures:
  - {id: widgets, name: widgets carried, unit: widgets, aliases: [widgets carried, widgets]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: us-2020, subject: us-airlines, measure: widgets, period: y2020, value: "120", sentence: 1,
     quote: "U.S. airlines carried 120 widgets in 2020"}
"""


def test_the_figures_given_nearby_follow_the_whole_name(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many widgets did U.S. airlines refurbish and repaint?")
    assert answer.status == "unknown", answer.text
    assert "'repaint'. They give widgets carried" in answer.text, answer.text
