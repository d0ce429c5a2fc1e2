"""Operations over two figures: which values are paired, and how the result is worded."""

from __future__ import annotations

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
