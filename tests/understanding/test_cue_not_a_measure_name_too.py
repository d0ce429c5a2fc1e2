"""One word cannot both ask a sum and name one of the figures summed: "how many did net migration add" of a
measure aliased "added" is no total of net migration and that measure."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Net migration added 1.1 million people to Ruritania in 2017, when its population reached 32 million.\n"

RECORDS = """
entities:
  - {id: ruritania, name: Ruritania, kind: country, aliases: [Ruritania]}
measures:
  - {id: migration, name: net migration, unit: people, aliases: [net migration]}
  - {id: population, name: population, unit: people, aliases: [population, added]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: m-2017, subject: ruritania, measure: migration, period: y2017, value: 1.1 million, sentence: 1,
     quote: "Net migration added 1.1 million people to Ruritania in 2017"}
  - {id: p-2017, subject: ruritania, measure: population, period: y2017, value: 32 million, sentence: 1,
     quote: "its population reached 32 million"}
"""


def test_no_total_of_a_measure_named_by_the_sum_word(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many people did net migration add to Ruritania in 2017?")
    assert "33.1 million" not in answer.text and "together" not in answer.text
    both = engine.ask("What were Ruritania's net migration and population in 2017 combined?")
    assert both.status is Status.ANSWERED and "33.1 million" in both.text
