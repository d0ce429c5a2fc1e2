"""A word cut short ("temp", "max") is the one naming word it begins; a start shared by two names is no one's."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia]}
measures:
  - {id: temp, name: average temperature, unit: °F, aliases: [average temperature]}
  - {id: high, name: maximum temperature, unit: °F, aliases: [maximum temperature]}
  - {id: mass, name: maximal mass, unit: tons, aliases: [maximal mass]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: t2017, subject: land, measure: temp, period: y2017, value: 54.6°F, sentence: 1, quote: "54.6°F in 2017"}
  - {id: h2017, subject: land, measure: high, period: y2017, value: 66.4°F, sentence: 2, quote: "66.4°F in 2017"}
  - {id: m2017, subject: land, measure: mass, period: y2017, value: 5 tons, sentence: 3, quote: "5 tons in 2017"}
"""
TEXT = (
    "Its average temperature was 54.6°F in 2017.\n"
    "The maximum temperature was 66.4°F in 2017.\n"
    "The maximal mass was 5 tons in 2017.\n"
)


def test_a_clipped_word_is_the_name_it_begins(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("avg temp 2017?")
    assert answer.status == "answered" and "54.6" in answer.text


def test_a_clipping_of_two_names_is_neither(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("max temperature 2017")
    assert "66.4" not in answer.text
    records = RECORDS.replace("[maximal mass]", "[heaviest load]").replace("maximal mass", "heaviest load")
    answer = tiny_engine(tmp_path / "two", records, TEXT).ask("max temperature 2017")
    assert answer.status == "answered" and "66.4" in answer.text
