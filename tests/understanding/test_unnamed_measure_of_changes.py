"""A measure the question leaves unnamed is a level, not a measure of changes, unless the question says a word of
change or the change measure's own comparative: "how many times bigger was A than B?" compares their sizes."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "In 2017 Ardia flew 740 passengers, up 3 percent, and Borea flew 220 passengers, up 5 percent.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: country, aliases: [Ardia]}
  - {id: borea, name: Borea, kind: country, aliases: [Borea]}
measures:
  - {id: passengers, name: passengers, unit: passengers, aliases: [passengers]}
  - {id: growth, name: percent change in passengers, unit: percent, is_change: true, higher_word: faster,
     aliases: [percent change in passengers, growth rate]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: a-p, subject: ardia, measure: passengers, period: y2017, value: "740", sentence: 1,
     quote: "In 2017 Ardia flew 740 passengers"}
  - {id: b-p, subject: borea, measure: passengers, period: y2017, value: "220", sentence: 1,
     quote: "Borea flew 220 passengers"}
  - {id: a-g, subject: ardia, measure: growth, period: y2017, value: 3 percent, sentence: 1, quote: "up 3 percent"}
  - {id: b-g, subject: borea, measure: growth, period: y2017, value: 5 percent, sentence: 1, quote: "up 5 percent"}
"""


def test_how_many_times_bigger_compares_levels(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("how many times bigger was Ardia than Borea in 2017?")
    assert answer.status == "answered" and "3.36" in answer.text, answer.text


def test_the_change_measures_own_comparative_still_names_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Was Ardia faster than Borea in 2017?")
    assert "740" not in answer.text, answer.text
