"""A negation said on a name where how many is asked ("how many ... were not in Europe") asks for the rest
of a whole without that thing: no reading computes it, so neither the thing's figure nor the whole's is given as
the answer. Taken out by an exclusion the lexicon reads, or without the negation, the question is answered."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Carriers flew 226.9 million passengers to and from the rest of the world in 2017.\n"
    "Europe was the largest region, with 65.6 million passengers in 2017.\n"
)
RECORDS = """
entities:
  - {id: world, name: the rest of the world, kind: market, aliases: [rest of the world, the world]}
  - {id: europe, name: Europe, kind: region, aliases: [Europe]}
measures:
  - {id: passengers, name: passengers, unit: passengers, aliases: [passengers, number of passengers]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: world-2017, subject: world, measure: passengers, period: y2017, value: 226.9 million, sentence: 1,
     quote: "Carriers flew 226.9 million passengers to and from the rest of the world in 2017"}
  - {id: europe-2017, subject: europe, measure: passengers, period: y2017, value: 65.6 million, sentence: 2,
     quote: "Europe was the largest region, with 65.6 million passengers in 2017"}
"""


def test_how_many_were_not_on_a_named_thing_is_not_answered(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many passengers to and from the rest of the world were not in Europe in 2017?")
    assert answer.status != "answered", answer.text


def test_how_many_were_on_a_named_thing_is_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many passengers were in Europe in 2017?")
    assert answer.status == "answered" and "65.6" in answer.text, answer.text
