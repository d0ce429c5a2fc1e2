"""A bound that takes in its limit ("at least", "as many as", "no more than") is met by a figure equal to it; a
strict one ("more than") is not. "As many as" before a figure is such a bound, and between two names still asks
whether one figure is at least the other."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("inclusive"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme sell as many as 100 widgets in 2021?", "Yes."),  # 150 sold
        ("Did Acme sell as many as 200 widgets in 2021?", "No."),
        ("Did Acme sell at least 150 widgets in 2021?", "Yes."),
        ("Did Acme sell more than 150 widgets in 2021?", "No."),
        ("Did Acme sell no more than 150 widgets in 2021?", "Yes."),
        ("Did Bolt sell as many widgets as Acme in 2021?", "No."),
    ],
)
def test_an_inclusive_bound_takes_in_its_limit(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text
