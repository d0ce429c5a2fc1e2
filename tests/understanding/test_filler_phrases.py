"""A phrase that adds nothing to what is asked ("on its own") leaves no word of it unexplained ("own"), even where
the sources use that word for something else."""

from __future__ import annotations

from pathlib import Path

from tiny import RECORDS, TEXT, tiny_engine

OWNS = """
  - id: own-factory
    answer: "Bolt owns its own factory."
    about: [bolt]
    sentence: 7
    quote: "Bolt owns its own factory."
"""


def test_on_its_own_says_nothing_the_sources_must_cover(tmp_path: Path) -> None:
    records = RECORDS.replace("statements:\n", "statements:\n" + OWNS.lstrip("\n"))
    engine = tiny_engine(tmp_path, records, TEXT + "Bolt owns its own factory.\n")
    answer = engine.ask("Did Acme on its own sell more widgets than Bolt in 2021?")
    assert answer.status == "answered" and answer.text.startswith("Yes")
    assert dict(answer.trace.parts)["share of the question explained"] == 1.0


def test_at_the_bottom_of_says_where_not_which_is_lowest(tmp_path: Path) -> None:
    text = "The water pressure at the base of the dam is 45,000 pounds per square foot.\n"
    records = """
entities:
  - {id: dam, name: the dam, kind: dam, aliases: [the dam, dam]}
measures:
  - {id: pressure, name: water pressure at the base, unit: pounds per square foot, aliases: [water pressure]}
facts:
  - {id: dam-pressure, subject: dam, measure: pressure, value: "45,000", sentence: 1,
     quote: "The water pressure at the base of the dam is 45,000 pounds per square foot"}
"""
    answer = tiny_engine(tmp_path, records, text).ask("water pressure at the bottom of the dam?")
    assert answer.status == "answered" and "45,000" in answer.text, answer.text
