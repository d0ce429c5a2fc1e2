"""A month with no year, and a month a statement does not state."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.analysis import SpanKind, analyse
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: m2023-03, aliases: ["March 2023"]}
  - {id: m2023-02, aliases: ["February 2023"]}
facts:
  - {id: acme-mar, subject: acme, measure: sales, period: m2023-03, value: "150 widgets", sentence: 1,
     quote: "Acme sold 150 widgets in March 2023"}
  - {id: acme-feb, subject: acme, measure: sales, period: m2023-02, value: "120", sentence: 2,
     quote: "120 in February 2023"}
statements:
  - {id: steady, answer: "Acme's sales have shown little movement since early 2022.", about: [acme], sentence: 3,
     quote: "Acme's sales have shown little movement since early 2022"}
"""
TEXT = (
    "Acme sold 150 widgets in March 2023.\n"
    "It had sold 120 in February 2023.\n"
    "Acme's sales have shown little movement since early 2022.\n"
)


def test_a_month_with_no_year_is_the_knowledges_only_period_of_that_month(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    march, february = engine.ask("How many widgets did Acme sell in March?"), engine.ask("acme sales in february")
    assert march.status == february.status == "answered"
    assert "150" in march.text and "120" in february.text and "150" not in february.text


def test_may_is_a_month_only_when_written_as_one(tmp_path: Path) -> None:
    records = RECORDS.replace('"March 2023"', '"May 2023"').replace("in March 2023", "in May 2023")
    engine = tiny_engine(tmp_path, records, TEXT.replace("March", "May"))
    answer = engine.ask("How many widgets did Acme sell in May?")
    assert answer.status == "answered" and "150" in answer.text
    modal = analyse("may acme sell widgets in february?", engine.kb)
    assert [span.targets for span in modal.of(SpanKind.PERIOD)] == [("m2023-02",)]


def test_a_statement_does_not_state_a_month_it_does_not_name(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("What were Acme's sales in March 2022?")
    assert answer.status != "answered"
