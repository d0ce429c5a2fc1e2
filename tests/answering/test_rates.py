"""A level's direction from its rate of change, kept as a measure of its own ("growth in income")."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: income, name: farm income, unit: US dollars, aliases: [farm income, income]}
  - {id: growth, name: growth in farm income, unit: percent, is_change: true, aliases: [growth in farm income]}
periods:
  - {id: y2010, aliases: ["2010"]}
facts:
  - {id: level, subject: acme, measure: income, period: y2010, value: "$63 billion", sentence: 1,
     quote: "Acme's farm income will reach $63 billion in 2010"}
  - {id: rate, subject: acme, measure: growth, period: y2010, value: "+10 percent", sentence: 1,
     quote: "up 10 percent"}
"""
TEXT = "Acme's farm income will reach $63 billion in 2010, up 10 percent.\n"


def test_is_a_level_going_up_is_settled_by_its_growth(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Is Acme's farm income going up in 2010?").text.startswith("Yes")
    assert engine.ask("Is Acme's farm income going down in 2010?").text.startswith("No")


BEFORE = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: income, name: farm income, unit: US dollars, aliases: [farm income, income]}
  - {id: growth, name: growth in farm income, unit: percent, is_change: true, aliases: [growth in farm income]}
periods:
  - {id: y2009, aliases: ["2009"]}
  - {id: y2010, aliases: ["2010"]}
facts:
  - {id: acme-level, subject: acme, measure: income, period: y2010, value: "$63 million", sentence: 1,
     quote: "Acme's farm income will reach $63 million in 2010"}
  - {id: acme-rate, subject: acme, measure: growth, period: y2010, since: y2009, value: "+10 percent", sentence: 1,
     quote: "up 10 percent over 2009"}
  - {id: bolt-level, subject: bolt, measure: income, period: y2010, value: "$44 million", sentence: 2,
     quote: "Bolt's farm income will reach $44 million in 2010"}
  - {id: bolt-change, subject: bolt, measure: income, period: y2010, change: "+10 percent", sentence: 2,
     quote: "up 10 percent"}
"""
BEFORE_TEXT = (
    "Acme's farm income will reach $63 million in 2010, up 10 percent over 2009.\n"
    "Bolt's farm income will reach $44 million in 2010, up 10 percent.\n"
)


def test_the_level_before_a_rise_in_percent_is_derived_approximately(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, BEFORE, BEFORE_TEXT)
    acme = engine.ask("What was Acme's farm income in 2009?")
    assert acme.status == "answered" and "57.3 million" in acme.text and "≈" in acme.text
    bolt = engine.ask("What was Bolt's farm income in 2009?")
    assert bolt.status == "answered" and "40 million" in bolt.text


def test_a_change_asked_of_a_level_is_answered_by_its_rate(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Did Acme's farm income rise in 2010?").text.startswith("Yes")
    answer = engine.ask("How much did Acme's farm income rise in 2010?")
    assert answer.status == "answered" and "10 percent" in answer.text
