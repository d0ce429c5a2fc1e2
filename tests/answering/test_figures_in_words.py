"""A figure the source writes in words is given in digits too: readers and scripts look for the figure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "The dam is about thirty miles from the city.\n"
RECORDS = """
entities:
  - {id: city, name: the city, kind: city, aliases: [the city, city]}
measures:
  - {id: distance, name: distance from the dam, unit: miles, aliases: [distance, how far, far]}
facts:
  - {id: city-distance, subject: city, measure: distance, value: about thirty, sentence: 1,
     quote: "The dam is about thirty miles from the city"}
"""


def test_a_figure_in_words_is_given_in_digits_too(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How far is the city from the dam?")
    assert "about thirty (30) miles" in answer.text, answer.text
