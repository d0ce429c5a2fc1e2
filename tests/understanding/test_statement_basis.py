"""A reason sharing its sentence with a forecast figure accounts for "expected", "forecast" in a why-question."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: income, name: farm income, unit: US dollars, aliases: [farm income, income]}
periods:
  - {id: y2010, aliases: ["2010"]}
facts:
  - {id: growth, subject: acme, measure: income, period: y2010, change: "+10 percent", basis: forecast,
     sentence: 1, quote: "Acme's farm income will rise 10 percent"}
statements:
  - {id: reason, kind: reason, sentence: 1, about: [acme], quote: "due to stronger markets for hogs",
     answer: "Farm income is to rise due to stronger markets for hogs.", keywords: [rise, income]}
"""
TEXT = "Acme's farm income will rise 10 percent in 2010, due to stronger markets for hogs.\n"


def test_why_is_a_forecast_expected_is_answered_by_the_reason_beside_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Why is farm income expected to rise?")
    assert answer.status == "answered" and "stronger markets" in answer.text
