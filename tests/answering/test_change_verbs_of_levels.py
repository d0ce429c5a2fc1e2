"""A verb of a rise or a fall ("add", "lose") asked of a level whose changes the sources state asks the change:
never the level, never a total of two periods' levels."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Springfield's population grew by 2,000 people from 2016 to 2017, to 52,000.\n"
    "Shelbyville's population increased 2.0 percent to 30,600 over the same period.\n"
)

RECORDS = """
entities:
  - {id: springfield, name: Springfield, kind: town, aliases: [Springfield]}
  - {id: shelbyville, name: Shelbyville, kind: town, aliases: [Shelbyville]}
measures:
  - {id: population, name: population, unit: people, aliases: [population, residents]}
  - {id: growth, name: population growth, unit: percent, is_change: true, aliases: [population growth, growth rate]}
periods:
  - {id: y2016, aliases: ["2016"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: s-change, subject: springfield, measure: population, period: y2017, since: y2016, change: "+2,000",
     sentence: 1, quote: "grew by 2,000 people from 2016 to 2017"}
  - {id: s-2017, subject: springfield, measure: population, period: y2017, value: "52,000", sentence: 1,
     quote: "to 52,000"}
  - {id: sh-growth, subject: shelbyville, measure: growth, period: y2017, since: y2016, value: +2.0 percent,
     sentence: 2, quote: "Shelbyville's population increased 2.0 percent"}
  - {id: sh-2017, subject: shelbyville, measure: population, period: y2017, value: "30,600", sentence: 2,
     quote: "to 30,600"}
"""


def test_a_change_verb_asks_the_change(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    stated = engine.ask("How many people did Springfield add between 2016 and 2017?")
    assert stated.status is Status.ANSWERED and "2,000" in stated.text and "102,000" not in stated.text
    assert "population in 2017: 52,000" not in stated.text
    unstated = engine.ask("How many people did Shelbyville add between 2016 and 2017?")
    assert unstated.status is not Status.ANSWERED and "change in" in unstated.text


def test_no_total_of_levels_for_a_change_verb(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many people did Shelbyville add in 2016 and 2017?")
    assert answer.status is not Status.ANSWERED and "together" not in answer.text


def test_a_change_stated_only_as_a_rate(tmp_path: Path) -> None:
    """The change of a level over one period, stated only by its rate measure, is that rate, the way asked."""
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    rise = engine.ask("By what percentage did Shelbyville's population rise between 2016 and 2017?")
    assert rise.status is Status.ANSWERED and "2.0 percent" in rise.text
    fall = engine.ask("By what percentage did Shelbyville's population fall between 2016 and 2017?")
    assert fall.status is not Status.ANSWERED
