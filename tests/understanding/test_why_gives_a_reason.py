"""Asked why, a statement that gives a reason beats one that only shares the question's words: it states the
comparison asked about in its own words ("more ... than"), and the measure by the head noun of one of its names."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: orders, name: number of large orders, unit: orders, aliases: [large orders, order events]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: orders, period: y2021, value: "16", sentence: 1,
     quote: "Acme took 16 large orders in 2021"}
  - {id: acme-2020, subject: acme, measure: orders, period: y2020, value: "16", sentence: 1,
     quote: "16 in 2020"}
statements:
  - id: tie
    kind: description
    sentence: 2
    quote: "2021 ties 2020 for the highest number of large orders in a year."
    about: [acme]
  - id: counting
    kind: reason
    sentence: 3
    quote: "2021 arguably has more events than 2020 given that Acme counts repeat buyers as one event."
    about: [acme]
"""
TEXT = (
    "Acme took 16 large orders in 2021 and 16 in 2020.\n"
    "2021 ties 2020 for the highest number of large orders in a year.\n"
    "2021 arguably has more events than 2020 given that Acme counts repeat buyers as one event.\n"
)


def test_why_is_answered_by_the_reason(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Why might 2021 really have had more large orders than 2020?")
    assert answer.status == "answered" and "repeat buyers" in answer.text
