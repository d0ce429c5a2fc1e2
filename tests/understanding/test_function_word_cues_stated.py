"""A cue that is a function word elsewhere ("total") is stated by a statement that says it in the question's
phrase ("carried more total system passengers"): its neighbours stand side by side in the statement's pairs, and
the statement says the word itself. (A keyword phrase holding the word makes it weighty, as a curated superlative
description does.)"""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Acme carried the most total system passengers of any airline in 2017.\n"
    "Bolt carried 90 million passengers on domestic flights in 2017, and Acme 80 million.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: airline, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: airline, aliases: [Bolt]}
measures:
  - {id: passengers, name: domestic passengers, unit: passengers, aliases: [domestic passengers, passengers]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: b-2017, subject: bolt, measure: passengers, period: y2017, value: 90 million, sentence: 2,
     quote: "Bolt carried 90 million passengers on domestic flights in 2017"}
  - {id: a-2017, subject: acme, measure: passengers, period: y2017, value: 80 million, sentence: 2,
     quote: "Acme 80 million"}
statements:
  - {id: acme-most, kind: description, sentence: 1, about: [acme],
     quote: "Acme carried the most total system passengers of any airline in 2017.",
     answer: "Acme carried the most total system passengers of any airline in 2017.",
     keywords: [most total system passengers]}
"""


def test_a_function_word_cue_said_in_the_statements_phrase_is_stated(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Which airline carried the most total system passengers in 2017?")
    assert answer.status == "answered" and "Acme carried the most total system" in answer.text, answer.text
