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


ENTRY = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: before-entry, label: "before Bolt entered the market", order: 2007,
     aliases: [before Bolt entered the market, before Bolt's entry]}
  - {id: y2010, aliases: ["2010", after Bolt's entry, when Bolt entered the market]}
facts:
  - {id: acme-before, subject: acme, measure: share, period: before-entry, value: 80%, sentence: 1,
     quote: "cutting Acme's share from 80% to 60%"}
  - {id: acme-2010, subject: acme, measure: share, period: y2010, value: 60%, sentence: 1,
     quote: "cutting Acme's share from 80% to 60%"}
"""
ENTRY_TEXT = "In 2010, Bolt entered the market, cutting Acme's share from 80% to 60%.\n"


def test_a_clause_names_the_period_a_curated_alias_names_by_its_event(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, ENTRY, ENTRY_TEXT).ask("What was Acme's share before Bolt came in?")
    assert answer.status == "answered" and "80" in answer.text and "60" not in answer.text


def test_the_alias_must_look_the_same_way_as_the_clause(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, ENTRY, ENTRY_TEXT)
    answer = engine.ask("By how many points did Acme's share drop when Bolt came into the market?")
    assert answer.status == "answered" and "20" in answer.text


def test_because_of_an_event_looks_after_it_and_asks_no_reason(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, ENTRY, ENTRY_TEXT)
    answer = engine.ask("Did Acme lose more than 15 points of share because of Bolt's entry?")
    assert answer.status == "answered" and answer.text.startswith("Yes") and "20" in answer.text


def test_a_loose_name_of_two_periods_names_neither(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, ENTRY, ENTRY_TEXT).ask("What was Acme's share at Bolt's entry?")
    assert answer.status != "answered" or "60" in answer.text


def test_before_a_dated_event_is_not_the_events_own_period(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many stores did Acme have before it took over Bolt?")
    assert answer.status != "answered" or "in 2010: 10" not in answer.text
