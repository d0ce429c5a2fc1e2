"""A word of cause in a question that asks an amount, a person, a time, a place or a choice says what is counted
or chosen ("how many storms caused billion-dollar disasters?"): no reason is asked, so a figure is no worse an
answer for giving none. A question that leaves open what it asks ("what caused ...?") still asks why."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "In 2017 there were 16 billion-dollar disasters, eight of them severe storms.\n"
    "The storms were caused by an unusually warm spring.\n"
)
RECORDS = """
entities:
  - {id: nation, name: the nation, kind: country, aliases: [nation], is_whole: true}
  - {id: storms, name: severe storms, kind: disaster type, aliases: [severe storms, storms]}
measures:
  - {id: disasters, name: number of billion-dollar disasters, unit: events,
     aliases: [number of billion-dollar disasters, billion-dollar disasters, disasters]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: all, subject: nation, measure: disasters, period: y2017, value: "16", sentence: 1,
     quote: "In 2017 there were 16 billion-dollar disasters"}
  - {id: storms-2017, subject: storms, measure: disasters, period: y2017, value: eight, sentence: 1,
     quote: "eight of them severe storms"}
statements:
  - {id: spring, kind: reason, about: [storms], sentence: 2,
     quote: "The storms were caused by an unusually warm spring",
     answer: "The storms were caused by an unusually warm spring."}
"""


def test_a_cause_in_an_amount_question_says_what_is_counted(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many severe storms caused billion-dollar disasters in 2017?")
    assert answer.status is Status.ANSWERED and "eight" in answer.text


def test_an_open_question_with_a_cause_still_asks_why(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What caused the severe storms?")
    assert answer.status is Status.ANSWERED and "warm spring" in answer.text
