"""Follow-ups borrow from the conversation only what the question leaves out."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

PARTS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
  - {id: blue, name: blue widget sales, unit: widgets, aliases: [blue widget sales, blue widgets, blue ones]}
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2021"}
  - {id: acme-blue, subject: acme, measure: blue, period: y2021, value: "60",
     sentence: 1, quote: "60 of them blue"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, value: "30%",
     sentence: 2, quote: "Bolt held 30% of the market in 2021"}
"""
PARTS_TEXT = "Acme sold 150 widgets in 2021, 60 of them blue.\nBolt held 30% of the market in 2021.\n"


def test_a_pronoun_keeps_the_conversations_subject(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, PARTS, PARTS_TEXT), Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    answer = engine.ask("How many of those were blue ones?", conversation)
    assert "60" in answer.text and "150" not in answer.text


def test_what_share_is_that_takes_the_last_figure_over_the_one_before(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, PARTS, PARTS_TEXT), Conversation()
    engine.ask("What were Acme's widget sales in 2021?", conversation)
    engine.ask("And its blue widget sales?", conversation)
    answer = engine.ask("What share is that?", conversation)
    assert answer.status == "answered"
    assert "60 ÷ 150 widgets = 40%" in answer.working


def test_what_share_is_that_needs_a_previous_figure_of_the_same_subject(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, PARTS, PARTS_TEXT), Conversation()
    engine.ask("What were Acme's widget sales in 2021?", conversation)
    answer = engine.ask("What share is that?", conversation)
    assert "÷" not in " ".join(answer.working)


CHANGES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: decline, name: decline in sales, unit: percent, is_change: true, aliases: [sales decline, decline, fell, fall]}
periods:
  - {id: y2023, aliases: ["2023"]}
facts:
  - {id: acme-fall, subject: acme, measure: decline, period: y2023, value: "1.7%", sentence: 1,
     quote: "Acme's sales fell 1.7% in 2023"}
  - {id: bolt-fall, subject: bolt, measure: decline, period: y2023, value: "16.1%", sentence: 2,
     quote: "Bolt's sales fell 16.1% in 2023"}
"""
CHANGES_TEXT = "Acme's sales fell 1.7% in 2023.\nBolt's sales fell 16.1% in 2023.\n"


def test_how_many_points_more_did_it_fall_than_another(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, CHANGES, CHANGES_TEXT), Conversation()
    engine.ask("How much did Bolt's sales fall in 2023?", conversation)
    answer = engine.ask("How many points more did it fall than Acme?", conversation)
    assert answer.status == "answered"
    assert "16.1% − 1.7% = 14.4 percentage points" in answer.working


REPORTED = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: gazette, name: the Gazette, kind: publication, aliases: [Gazette]}
  - {id: pact, name: the Bolt pact, kind: group, aliases: [Bolt pact], members: [bolt]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, value: "150 widgets", sentence: 2,
     quote: "Acme sold 150 widgets"}
  - {id: bolt-sales, subject: bolt, measure: sales, value: "90", sentence: 2, quote: "Bolt 90"}
statements:
  - {id: joins, kind: report, answer: "The Gazette reported that Acme plans to join the Bolt pact.",
     about: [gazette, acme, pact], keywords: [join, joining], sentence: 1,
     quote: "The Gazette reported that Acme plans to join the Bolt pact"}
"""
REPORTED_TEXT = "The Gazette reported that Acme plans to join the Bolt pact.\nAcme sold 150 widgets and Bolt 90.\n"


def test_it_after_a_statement_is_the_one_it_is_about_that_the_measure_covers(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, REPORTED, REPORTED_TEXT), Conversation()
    first = engine.ask("Who is joining the Bolt pact?", conversation)
    assert "Acme" in first.text
    answer = engine.ask("How many widgets does it sell?", conversation)
    assert answer.status == "answered" and "150" in answer.text and "90" not in answer.text


def test_how_does_that_compare_with_a_year_compares_it_with_the_year_just_given(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path), Conversation()
    engine.ask("What were Acme's widget sales in 2021?", conversation)
    answer = engine.ask("How does that compare with 2020?", conversation)
    assert answer.status == "answered" and "150" in answer.text and "120" in answer.text
