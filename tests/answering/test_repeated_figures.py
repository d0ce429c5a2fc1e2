"""The same figure curated from two sentences is one fact citing both: arithmetic finds one candidate per side."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: share, period: y2020, value: 20 percent, sentence: 1,
     quote: "Acme's market share was 20 percent in 2020"}
  - {id: acme-2021, subject: acme, measure: share, period: y2021, value: 15 percent, sentence: 1,
     quote: "15 percent in 2021"}
  - {id: acme-2021-again, subject: acme, measure: share, period: y2021, value: 15 percent, sentence: 2,
     quote: "Acme's market share in 2021 was 15 percent"}
"""
TEXT = (
    "Acme's market share was 20 percent in 2020 and 15 percent in 2021.\nAcme's market share in 2021 was 15 percent.\n"
)


def test_a_difference_over_a_repeated_figure_is_computed(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("By how much did Acme's market share fall between 2020 and 2021?")
    assert "fell by 5.0 percentage points" in answer.text


def test_a_repeated_figure_is_given_once_and_cites_both_sentences(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Was Acme's market share above 10 percent in 2021?")
    assert answer.text.startswith("Yes")
    assert answer.text.count("15 percent") == 1
    assert {citation.sentence for citation in answer.citations} >= {1, 2}


CHANGES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: sales, unit: widgets, aliases: [sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-fall, subject: acme, measure: sales, period: y2021, change: -9%, sentence: 1,
     quote: "Acme's sales fell 9% in 2021"}
  - {id: acme-fall-again, subject: acme, measure: sales, period: y2021, since: y2020, change: -9%, sentence: 2,
     quote: "Acme's sales fell 9% from 2020"}
  - {id: bolt-2021, subject: bolt, measure: sales, period: y2021, value: "9.84", sentence: 3,
     quote: "Bolt's sales were 9.84 in 2021"}
  - {id: bolt-2021-final, subject: bolt, measure: sales, period: y2021, value: "9.85", sentence: 4,
     quote: "Bolt's sales were 9.85 in 2021, in the final count"}
"""
CHANGE_TEXT = (
    "Acme's sales fell 9% in 2021.\nAcme's sales fell 9% from 2020.\nBolt's sales were 9.84 in 2021.\n"
    "Bolt's sales were 9.85 in 2021, in the final count.\n"
)


def test_a_change_without_since_repeats_one_from_the_year_before(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, CHANGES, CHANGE_TEXT).ask("How much did Acme's sales fall in 2021?")
    assert answer.text.count("9%") == 1
    assert {citation.sentence for citation in answer.citations} >= {1, 2}


def test_two_figures_of_one_period_are_no_change_over_time(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, CHANGES, CHANGE_TEXT)
    for question in ("Have Bolt's sales gone up?", "How did Bolt's sales change?"):
        answer = engine.ask(question)
        assert answer.status is not Status.ANSWERED and "rose" not in answer.text, question
