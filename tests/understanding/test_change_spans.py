"""Two ends of a span ("between 2016 and 2017", "from July 2016 to July 2017", "2016-2017") name the one change
the sources state over it (a fact of the later period `since` the earlier), not two periods; "2016-2017" stays a
split year when the knowledge has no such change. A day inside a year ("as of July 1, 2017") names the year whose
figures the text dates so, when the knowledge has no period of that day or month."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Springfield's population grew 4.0 percent from July 1, 2016, to July 1, 2017, adding 2,000 people to 52,000.\n"
    "Springfield had 48,000 residents in 2015.\n"
)

RECORDS = """
entities:
  - {id: springfield, name: Springfield, kind: town, aliases: [Springfield]}
measures:
  - {id: population, name: population, unit: people, aliases: [population, residents]}
  - {id: growth, name: population growth, unit: percent, is_change: true, aliases: [population growth, growth rate]}
periods:
  - {id: y2015, aliases: ["2015"]}
  - {id: y2016, aliases: ["2016"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: growth-2017, subject: springfield, measure: growth, period: y2017, since: y2016, value: +4.0 percent,
     sentence: 1, quote: "Springfield's population grew 4.0 percent from July 1, 2016, to July 1, 2017"}
  - {id: change-2017, subject: springfield, measure: population, period: y2017, since: y2016, change: "+2,000",
     sentence: 1, quote: "adding 2,000 people"}
  - {id: level-2017, subject: springfield, measure: population, period: y2017, value: "52,000",
     sentence: 1, quote: "adding 2,000 people to 52,000"}
  - {id: level-2015, subject: springfield, measure: population, period: y2015, value: "48,000",
     sentence: 2, quote: "Springfield had 48,000 residents in 2015"}
"""


def test_two_ends_name_the_one_change(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in (
        "Springfield's growth rate between 2016 and 2017?",
        "Springfield growth rate 2016-2017",
        "What was Springfield's growth rate between July 2016 and July 2017?",
        "Springfield's growth rate from July 1, 2016, to July 1, 2017?",
        "What was Springfield's growth rate over the year to July 2017?",
    ):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, question
        assert "4.0 percent" in answer.text, question


def test_ends_of_no_stated_change_stay_apart(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in ("Springfield growth rate 2015-2016", "Springfield's growth rate in the year to July 2016?"):
        answer = engine.ask(question)
        assert answer.status is not Status.ANSWERED and "4.0" not in answer.text.split("They give")[0], question


def test_a_day_names_the_year_the_text_dates_so(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    end = engine.ask("What was Springfield's population as of July 1, 2017?")
    assert end.status is Status.ANSWERED and "52,000" in end.text
    start = engine.ask("What was Springfield's population on July 1, 2016?")
    assert start.status is Status.ANSWERED and "50,000" in start.text
    undated = engine.ask("What was Springfield's population on March 3, 2016?")
    assert undated.status is not Status.ANSWERED
    assert "48,000" not in engine.ask("What was Springfield's population on July 1, 2015?").text.split("They give")[0]


def test_a_comparison_of_one_subject_keeps_both_ends(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Compare Springfield's population between 2016 and 2017")
    assert answer.status is Status.ANSWERED and "50,000" in answer.text and "52,000" in answer.text
