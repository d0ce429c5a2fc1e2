"""Operations over two figures: which values are paired, and how the result is worded."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.answering.phrasing import past_be
from factbot.engine import Engine
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("two-figures"))


def test_figures_the_question_quotes_pick_each_subjects_value_whatever_its_period(engine: Engine) -> None:
    answer = engine.ask("Acme's 120 was how many times Bolt's 90?")
    assert answer.status == "answered"
    assert "120 widgets ÷ 90 widgets = 1.33" in answer.working


def test_without_quoted_figures_the_shared_period_pairs_them(engine: Engine) -> None:
    answer = engine.ask("How many times Bolt's widget sales were Acme's in 2021?")
    assert "90 widgets ÷ 150 widgets = 0.6" in answer.working


@pytest.mark.parametrize(
    ("noun", "verb"), [("vehicle sales", "were"), ("market share", "was"), ("bus", "was"), ("exports", "were")]
)
def test_the_verb_agrees_with_the_measure(noun: str, verb: str) -> None:
    assert past_be(noun) == verb


SERIES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
  - {id: h1-2022, aliases: [first half of 2022, H1 2022]}
facts:
  - {id: s2020, subject: acme, measure: share, period: y2020, value: "10%", sentence: 1, quote: "10% in 2020"}
  - {id: s2021, subject: acme, measure: share, period: y2021, value: "20%", sentence: 1, quote: "20% in 2021"}
  - {id: s2022, subject: acme, measure: share, period: h1-2022, value: "90%", sentence: 1,
     quote: "90% in the first half of 2022"}
"""


def test_a_series_averages_spans_of_one_kind(tmp_path: Path) -> None:
    text = "Acme held 10% in 2020, 20% in 2021 and 90% in the first half of 2022.\\n"
    answer = tiny_engine(tmp_path, SERIES, text).ask("What was Acme's average market share?")
    assert answer.status == "answered"
    assert "(10% + 20%) ÷ 2 = 15%" in " ".join(answer.working)
