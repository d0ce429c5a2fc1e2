"""A change written in percent of a level counted in something else ("down 1.8 percent" of people) is relative:
the level before is the level ÷ (1 + p%), said as approximate, never the level less p people."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Net migration to Ruritania decreased 1.8 percent between 2016 and 2017, to 1.1 million people.\n"

RECORDS = """
entities:
  - {id: ruritania, name: Ruritania, kind: country, aliases: [Ruritania]}
measures:
  - {id: migration, name: net migration, unit: people, aliases: [net migration, migration]}
periods:
  - {id: y2016, aliases: ["2016"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: m-change, subject: ruritania, measure: migration, period: y2017, since: y2016, change: -1.8 percent,
     sentence: 1, quote: "Net migration to Ruritania decreased 1.8 percent between 2016 and 2017"}
  - {id: m-2017, subject: ruritania, measure: migration, period: y2017, value: 1.1 million, sentence: 1,
     quote: "to 1.1 million people"}
"""


def test_a_percent_change_of_people_is_relative(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How did Ruritania's net migration change in 2017?")
    assert answer.status is Status.ANSWERED
    assert "1.12 million" in answer.text and "percent people" not in answer.text
    assert "0.000" not in answer.text
