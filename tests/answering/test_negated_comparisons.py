"""A comparison of two figures asked in the negative gets no Yes or No (English negative questions are
ambiguous), the figures still shown; a "not" in another clause, and a statement's polarity, are unaffected."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("negated"))


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that Acme did not sell as many widgets as Bolt in 2021?",
        "Is it true that Acme did not sell more widgets than Bolt in 2021?",
        "Didn't Acme sell more widgets than Bolt in 2021?",
        "Is it true that Acme did not sell twice as many widgets as Bolt in 2021?",
    ],
)
def test_a_negated_comparison_is_not_settled(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith("The sources don't settle that directly") and "150 widgets" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme sell more widgets than Bolt in 2021?", "Yes."),
        ("Did Acme, which does not sell gadgets, sell more widgets than Bolt in 2021?", "Yes."),
        ("Does Acme sell gadgets?", "No."),
    ],
)
def test_a_not_elsewhere_leaves_the_verdict(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text
