"""A change asked with a direction is stated only by a statement of that direction: a statement of a fall
("the largest reduction") never answers a question about a rise."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: the land, kind: country, aliases: [land]}
  - {id: elm, name: Elm, kind: state, aliases: [Elm]}
measures:
  - {id: crashes, name: crashes, unit: crashes, aliases: [crashes]}
  - {id: states-up, name: number of states with more crashes, unit: states,
     aliases: [states with increases, states saw increases]}
facts:
  - {id: land-crashes, subject: land, measure: crashes, value: "500", sentence: 1, quote: "500 crashes"}
  - {id: land-states, subject: land, measure: states-up, value: "11", sentence: 3, quote: "11 states saw increases"}
statements:
  - id: biggest-fall
    kind: description
    sentence: 2
    quote: "It was the largest reduction in crashes across the states since 2008."
    answer: "Crashes across the states saw the largest reduction since 2008."
    about: [land]
    keywords: [largest, reduction, decline, drop]
"""
TEXT = (
    "The land had 500 crashes.\n"
    "It was the largest reduction in crashes across the states since 2008.\n"
    "11 states saw increases.\n"
)


def test_a_fall_does_not_answer_a_rise(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Why did crashes rise?")
    assert "reduction" not in answer.text


def test_a_fall_still_answers_a_fall(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Why did crashes drop?")
    assert "reduction" in answer.text
