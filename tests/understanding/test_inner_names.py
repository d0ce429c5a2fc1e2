"""A name ending a longer measure phrase is still a name when the question asks another measure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

DAYS = """
entities:
  - {id: employed, name: employed persons, kind: population, aliases: [employed persons]}
  - {id: weekdays, name: weekdays, kind: day type, aliases: [weekdays]}
  - {id: weekends, name: weekend days, kind: day type, aliases: [weekend days]}
measures:
  - {id: hours, name: hours worked, unit: hours, aliases: [hours worked, hours, work, worked]}
  - {id: weekday-share, name: share who worked on weekdays, unit: percent,
     aliases: [share who worked on weekdays, worked on weekdays, work on weekdays]}
periods:
  - {id: y2012, aliases: ["2012"]}
facts:
  - {id: weekday, subject: weekdays, measure: hours, period: y2012, value: 8.0 hours, sentence: 1,
     quote: "In 2012 people worked 8.0 hours on weekdays"}
  - {id: weekend, subject: weekends, measure: hours, period: y2012, value: 5.7 hours, sentence: 1,
     quote: "5.7 hours on weekend days", context: [{sentence: 1, quote: "In 2012"}]}
  - {id: share, subject: employed, measure: weekday-share, period: y2012, value: 83 percent, sentence: 2,
     quote: "83 percent of employed persons worked on weekdays", context: [{sentence: 1, quote: "In 2012"}]}
"""
TEXT = (
    "In 2012 people worked 8.0 hours on weekdays and 5.7 hours on weekend days.\n"
    "Then 83 percent of employed persons worked on weekdays.\n"
)


def test_the_name_closing_a_measure_phrase_is_the_subject_of_the_other_measure_asked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, DAYS, TEXT).ask("How many hours did people work on weekdays in 2012?")
    assert answer.status == "answered"
    assert "8.0 hours" in answer.text


def test_the_phrase_alone_names_its_own_measure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, DAYS, TEXT).ask("What percent of employed persons worked on weekdays in 2012?")
    assert "83 percent" in answer.text


LEISURE = """
entities:
  - {id: men, name: men, kind: sex, aliases: [men]}
  - {id: women, name: women, kind: sex, aliases: [women]}
measures:
  - {id: leisure, name: leisure time, unit: hours, aliases: [leisure time, leisure]}
  - {id: extra-work, name: extra time worked by men over women, unit: minutes, aliases: [men over women]}
periods:
  - {id: y2004, aliases: ["2004"]}
facts:
  - {id: men-leisure, subject: men, measure: leisure, period: y2004, value: 5.6 hours, sentence: 1,
     quote: "In 2004 men had 5.6 hours of leisure"}
  - {id: women-leisure, subject: women, measure: leisure, period: y2004, value: 4.8 hours, sentence: 1,
     quote: "women 4.8 hours", context: [{sentence: 1, quote: "In 2004"}]}
  - {id: extra, subject: men, measure: extra-work, period: y2004, value: 55 minutes, sentence: 2,
     quote: "Men worked 55 minutes more than women", context: [{sentence: 1, quote: "In 2004"}]}
"""
LEISURE_TEXT = "In 2004 men had 5.6 hours of leisure and women 4.8 hours.\nMen worked 55 minutes more than women.\n"


def test_names_inside_a_loose_measure_match_are_still_names(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, LEISURE, LEISURE_TEXT)
    answer = engine.ask("How much more leisure time did men have than women in 2004?")
    assert answer.status == "answered"
    assert "0.8 hours" in answer.text


HOME = """
entities:
  - {id: employed, name: employed persons, kind: population, is_whole: true, aliases: [employed persons]}
  - {id: home-workers, name: people working from home, kind: group, aliases: [people working from home]}
measures:
  - {id: home-share, name: share working from home, unit: percent,
     aliases: [share working from home, working from home]}
  - {id: hours, name: hours worked, unit: hours, aliases: [hours worked, hours]}
periods:
  - {id: y2021, aliases: ["2021"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: share-2021, subject: employed, measure: home-share, period: y2021, value: 38 percent, sentence: 1,
     quote: "38 percent of employed persons worked from home in 2021"}
  - {id: share-2022, subject: employed, measure: home-share, period: y2022, value: 34 percent, sentence: 1,
     quote: "34 percent in 2022"}
  - {id: hours-2022, subject: home-workers, measure: hours, period: y2022, value: 5.4 hours, sentence: 2,
     quote: "People working from home worked 5.4 hours in 2022"}
"""
HOME_TEXT = (
    "Then 38 percent of employed persons worked from home in 2021 and 34 percent in 2022.\n"
    "People working from home worked 5.4 hours in 2022.\n"
)


def test_a_name_ending_in_a_measure_alias_may_say_the_measure(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, HOME, HOME_TEXT)
    answer = engine.ask("Did the share of people working from home go up from 2021 to 2022?")
    assert answer.text.startswith("No")
    assert "38 percent" in answer.text
    assert "5.4 hours" in engine.ask("How many hours did people working from home work in 2022?").text
