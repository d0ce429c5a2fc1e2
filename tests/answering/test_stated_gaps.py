"""The gap between one subject's figures of two periods, when the sources state only the change between them."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme sold 20 fewer widgets in 2021 than in 2020.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sold, sell]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-fall, subject: acme, measure: sales, period: y2021, change: "-20", sentence: 1,
     quote: "Acme sold 20 fewer widgets in 2021 than in 2020"}
"""


def test_the_change_stated_is_the_gap_asked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many fewer widgets did Acme sell in 2021 than in 2020?")
    assert answer.status == "answered" and "20" in answer.text and "from 2020" in answer.text, answer.text


def test_a_change_from_another_period_is_not_the_gap(tmp_path: Path) -> None:
    records = RECORDS.replace("  - {id: y2021", '  - {id: y2019, aliases: ["2019"]}\n  - {id: y2021')
    answer = tiny_engine(tmp_path, records, TEXT).ask("How many fewer widgets did Acme sell in 2021 than in 2019?")
    assert answer.status != "answered", answer.text
