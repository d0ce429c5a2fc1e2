"""A clause after "when", "after", "before" or "since" names the period of an event the sources date."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: stores, name: number of stores, unit: stores, aliases: [stores, shops]}
periods:
  - {id: y2010, aliases: ["2010"]}
  - {id: y2024, aliases: ["2024"]}
facts:
  - {id: stores-2010, subject: acme, measure: stores, period: y2010, value: "10 stores", sentence: 1,
     quote: "Acme had 10 stores in 2010"}
  - {id: stores-2024, subject: acme, measure: stores, period: y2024, value: "25", sentence: 2, quote: "25 in 2024"}
statements:
  - {id: takeover, kind: event, answer: "Acme took over Bolt in 2010.", about: [acme, bolt], date: "2010",
     keywords: [takeover, took over, acquisition], sentence: 3, quote: "Acme took over Bolt in 2010"}
"""
TEXT = "Acme had 10 stores in 2010.\nIt had 25 in 2024.\nAcme took over Bolt in 2010.\n"


def test_a_clause_naming_a_dated_event_names_its_period(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many stores did Acme have when it took over Bolt?")
    assert answer.status == "answered" and "10" in answer.text and "25" not in answer.text


def test_a_clause_no_dated_statement_says_names_no_period(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many stores did Acme have when the founder retired?")
    assert answer.status != "answered" or "25" not in answer.text or "10" not in answer.text
