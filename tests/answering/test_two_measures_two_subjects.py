"""Two measures in one computation, each of its own subject: "the ratio of the general rate to the teen rate"
divides the one subject's figure of the first (the only subject that has it) by the named subject's figure of
the second. Rates of one unit, one qualified by a narrower base ("per 1,000 women aged 15-44" beside "per
1,000 women"), are compared and divided, never added; units of different kinds are never combined."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.knowledge.unit_kinship import akin_rates
from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: nation, name: the nation, kind: country, is_whole: true, aliases: [nation]}
  - {id: teens, name: teenagers, kind: age group, aliases: [teenagers, teens, teen]}
measures:
  - {id: general-rate, name: general fertility rate, unit: "births per 1,000 women aged 15-44",
     aliases: [general fertility rate]}
  - {id: birth-rate, name: birth rate, unit: "births per 1,000 women", aliases: [birth rate]}
  - {id: births, name: number of births, unit: births, aliases: [number of births]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: nation-general, subject: nation, measure: general-rate, period: y2021, value: "62.0", sentence: 1,
     quote: "The general fertility rate was 62.0 births per 1,000 women aged 15-44 in 2021"}
  - {id: teen-rate, subject: teens, measure: birth-rate, period: y2021, value: "20.3", sentence: 2,
     quote: "The teen birth rate was 20.3 births per 1,000 women"}
  - {id: teen-births, subject: teens, measure: births, period: y2021, value: "180,000 births", sentence: 3,
     quote: "Teenagers had 180,000 births"}
"""
TEXT = (
    "The general fertility rate was 62.0 births per 1,000 women aged 15-44 in 2021.\n"
    "The teen birth rate was 20.3 births per 1,000 women.\n"
    "Teenagers had 180,000 births.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("two-measures"), RECORDS, TEXT)


def test_the_ratio_of_two_subjects_rates(engine: Engine) -> None:
    answer = engine.ask("Ratio of the general fertility rate to the teen birth rate in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "62.0 ÷ 20.3 = 3.05" in answer.working
    assert "general fertility rate" in answer.text and "teenagers' birth rate" in answer.text


def test_two_subjects_rates_are_compared(engine: Engine) -> None:
    answer = engine.ask("Was the general fertility rate higher than the teen birth rate in 2021?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("Yes."), answer.text


def test_rates_of_akin_units_are_never_added(engine: Engine) -> None:
    answer = engine.ask("What is the general fertility rate plus the teen birth rate in 2021?")
    assert answer.status is Status.UNKNOWN, answer.text


def test_a_rate_and_a_count_are_never_divided(engine: Engine) -> None:
    answer = engine.ask("Ratio of the general fertility rate to the teen number of births in 2021?")
    assert answer.status is Status.UNKNOWN, answer.text


def test_akin_rates() -> None:
    assert akin_rates(["births per 1,000 women aged 15-44", "births per 1,000 women"])
    assert not akin_rates(["births per 1,000 women", "births"])
    assert not akin_rates(["dollars", "dollars per barrel"])
    assert not akin_rates(["births per 1,000 women", "births per 1,000 women per year"])
    assert not akin_rates(["births per 1,000 unmarried women", "births per 1,000 women aged 15-44"])


def test_a_side_naming_its_subject_never_takes_the_wholes_figure(engine: Engine) -> None:
    answer = engine.ask("Was the teens' general fertility rate higher than their birth rate in 2021?")
    assert answer.status is Status.UNKNOWN, answer.text
