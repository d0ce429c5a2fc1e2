"""A comparison or a total asked with a modal ("would X outsell Y?") is decided by the figures given; "will" asks
the future."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("supposed"))


def test_would_asks_what_the_figures_make_of_a_comparison(engine: Engine) -> None:
    answer = engine.ask("Would Bolt outsell Acme in 2021?")
    assert answer.text.startswith("No."), answer.text


def test_will_asks_the_future(engine: Engine) -> None:
    answer = engine.ask("Will Bolt outsell Acme in 2021?")
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_would_asks_what_the_figures_make_of_a_total(engine: Engine) -> None:
    answer = engine.ask("Would Acme and Bolt together sell more than 200 widgets in 2021?")
    assert answer.text.startswith("Yes."), answer.text


def test_will_a_total_asks_the_future(engine: Engine) -> None:
    answer = engine.ask("Will Acme and Bolt together sell more than 200 widgets in 2021?")
    assert not answer.text.startswith(("Yes", "No")), answer.text
