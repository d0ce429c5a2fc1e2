"""A percentage or a fraction after "by" claimed of a change of a count is relative to the earlier figure (120 to
150 widgets is a rise of 25%), and "by half" is such a size of change, not a multiple of another figure."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("relative"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme's widget sales rise by 25% from 2020 to 2021?", "Yes."),
        ("Did Acme's widget sales rise by 20% from 2020 to 2021?", "No."),
        ("Did Acme's widget sales rise by a quarter from 2020 to 2021?", "Yes."),
        ("Did Acme's widget sales rise by half from 2020 to 2021?", "No."),
        ("Did Acme's widget sales grow by more than half from 2020 to 2021?", "No."),
        ("Did Acme's widget sales grow by less than half from 2020 to 2021?", "Yes."),
        ("Did Acme's widget sales grow by 30 widgets from 2020 to 2021?", "Yes."),
    ],
)
def test_a_relative_size_of_change(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text
