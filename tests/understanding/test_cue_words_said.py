"""A reading uses a cue only through its weighty words: "how many" of "how many times" asks an amount of any
reading, so a lookup that explains it still ignores the ratio asked."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RATES = """
entities:
  - {id: nation, name: the nation, kind: country, aliases: [nation]}
  - {id: teens, name: teenagers, kind: group of people, aliases: [teenagers, teen, teens]}
measures:
  - {id: rate, name: unemployment rate, unit: percent, aliases: [unemployment rate, jobless rate]}
  - {id: persons, name: number of persons, unit: people, aliases: [number of persons, how many]}
facts:
  - {id: nation-rate, subject: nation, measure: rate, value: "3.5 percent", sentence: 1,
     quote: "The nation's unemployment rate was 3.5 percent"}
  - {id: teen-rate, subject: teens, measure: rate, value: "9.8 percent", sentence: 2,
     quote: "the unemployment rate for teenagers was 9.8 percent"}
  - {id: teen-count, subject: teens, measure: persons, value: "1.2 million", sentence: 2, quote: "1.2 million"}
statements:
  - {id: times, sentence: 3, quote: "Rates were checked three times a month."}
"""
TEXT = (
    "The nation's unemployment rate was 3.5 percent.\n"
    "Among the groups, the unemployment rate for teenagers was 9.8 percent, or 1.2 million.\n"
    "Rates were checked three times a month.\n"
)


def test_a_lookup_does_not_answer_how_many_times(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RATES, TEXT).ask(
        "How many times the overall unemployment rate is the teen unemployment rate?"
    )
    assert answer.status != "answered" or "9.8 percent" not in answer.text or "2.8" in answer.text
