"""A figure claimed of a level is checked against the level, never against the change shown beside it."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: country, aliases: [Ardia]}
measures:
  - {id: rate, name: birth rate, unit: "births per 1,000 women", aliases: [birth rate]}
periods:
  - {id: y2015, aliases: ["2015"]}
  - {id: y2016, aliases: ["2016"]}
facts:
  - {id: level, subject: ardia, measure: rate, period: y2016, value: "20.3", sentence: 1,
     quote: "Ardia's birth rate was 20.3 in 2016"}
  - {id: fall, subject: ardia, measure: rate, period: y2016, since: y2015, change: "-9", sentence: 1,
     quote: "down 9 from 2015"}
"""
TEXT = "Ardia's birth rate was 20.3 in 2016, down 9 from 2015.\n"


def test_a_bound_is_checked_against_the_level_not_its_change(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Was Ardia's birth rate under 20 in 2016?").text.startswith("No.")
    assert engine.ask("Was Ardia's birth rate above 20 in 2016?").text.startswith("Yes.")
