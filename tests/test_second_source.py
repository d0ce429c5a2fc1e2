"""A second article with its own YAML needs no code change."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.results import Status


@pytest.fixture(scope="module")
def coffee(second_source: Path) -> Engine:
    return Engine.from_folder(second_source)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much coffee did Brazil export in 2022?", "2.5 million tonnes"),
        ("How much more coffee did Brazil export than Vietnam in 2022?", "700,000"),
        ("How did Brazil's coffee exports change?", "rose by 200,000 tonnes"),
        ("Who published the figures?", "International Coffee Organization"),
        ("brasil coffee 2023", "2.7 million"),
    ],
)
def test_the_same_engine_answers_another_source(coffee: Engine, question: str, expected: str) -> None:
    answer = coffee.ask(question)
    assert answer.status is Status.ANSWERED
    assert expected in answer.text


def test_and_holds_back_the_same_way(coffee: Engine) -> None:
    assert coffee.ask("How much coffee did Vietnam export in 2023?").status is Status.UNKNOWN
