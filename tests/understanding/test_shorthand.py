"""Shorthand read before the figure reader: "10x" is "10 times", a request about precision asks nothing."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.shorthand import read_shorthand
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("shorthand"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme sell more than 1.5x as many widgets as Bolt in 2021?", "Yes."),  # 150 ÷ 90 = 1.67
        ("Did Acme sell more than 2x as many widgets as Bolt in 2021?", "No."),
        ("Did Acme sell over 2× as many widgets as Bolt in 2021?", "No."),
    ],
)
def test_a_sign_after_a_number_is_a_multiple(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and answer.text.startswith(verdict), answer.text
    assert "150 widgets ÷ 90 widgets = 1.67" in answer.working


@pytest.mark.parametrize(
    "question",
    [
        "Ratio of Acme's widget sales to Bolt's in 2021 (3 sig figs)",
        "What is the ratio of Acme's widget sales to Bolt's in 2021, to three significant figures?",
        "Ratio of Acme's widget sales to Bolt's in 2021 rounded to 2 decimal places",
        "Ratio of Acme's widget sales to Bolt's in 2021, 3 s.f.",
    ],
)
def test_a_request_about_precision_asks_nothing(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and "1.67" in answer.text, answer.text


@pytest.mark.parametrize(
    "text",
    ["Is the Model X sold in 2021?", "How many 4x4 cars were sold?", "a 10 x 20 room", "x is 3"],
)
def test_other_uses_of_the_letter_stay(engine: Engine, text: str) -> None:
    assert read_shorthand(text, engine.kb) == text
