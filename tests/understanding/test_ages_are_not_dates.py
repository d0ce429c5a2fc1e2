"""Ages written like dates ("18-19", "20s") are read as the curator's names or as ages, not as periods, unless the
knowledge curates that period."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.analysis import analyse
from factbot.understanding.analysis_types import SpanKind
from tiny import tiny_engine

TEXT = "The birth rate fell in 2016 to 60.1 births for women aged 18-19 and to 73.7 births for women aged 20-24.\n"

RECORDS = """
entities:
  - {id: teens, name: older teenagers, kind: age group, aliases: [older teenagers, teens aged 18-19, 18-19 year olds,
     "18-19"]}
  - {id: twenties, name: women aged 20-24, kind: age group, aliases: [women aged 20-24, women in their early 20s]}
measures:
  - {id: birth-rate, name: birth rate, unit: births, aliases: [birth rate]}
periods:
  - {id: y2016, aliases: ["2016"]}
facts:
  - {id: teens-2016, subject: teens, measure: birth-rate, period: y2016, value: "60.1", sentence: 1,
     quote: "to 60.1 births for women aged 18-19", context: [{sentence: 1, quote: "in 2016"}]}
  - {id: twenties-2016, subject: twenties, measure: birth-rate, period: y2016, value: "73.7", sentence: 1,
     quote: "to 73.7 births for women aged 20-24", context: [{sentence: 1, quote: "in 2016"}]}
"""


def test_an_alias_holding_a_date_form_names_its_entity(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in (
        "birth rate for teens aged 18-19 in 2016",
        "What was the birth rate of 18-19 year olds?",
        "how high was the 18-19 birth rate",
    ):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED and "60.1" in answer.text, question
    answer = engine.ask("What was the birth rate of women in their early 20s in 2016?")
    assert answer.status is Status.ANSWERED and "73.7" in answer.text


def test_a_two_digit_decade_after_an_age_word_is_no_period(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path, RECORDS, TEXT).kb
    for question in (
        "birth rate of women in their 30s",
        "birth rate of women in their mid-30s",
        "birth rate of women in their 30s and 40s",
    ):
        assert not analyse(question, kb).of(SpanKind.PERIOD), question
    assert analyse("birth rate in the 1930s", kb).of(SpanKind.PERIOD)


def test_a_curated_decade_stays_a_period(tmp_path: Path) -> None:
    records = RECORDS.replace(
        '  - {id: y2016, aliases: ["2016"]}',
        '  - {id: y2016, aliases: ["2016"]}\n  - {id: d1930s, aliases: ["the 1930s"]}',
    )
    kb = tiny_engine(tmp_path, records, TEXT).kb
    assert analyse("birth rate of women in their 30s", kb).of(SpanKind.PERIOD)
