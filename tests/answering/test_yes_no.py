"""Yes/no wraps any reading; a statement settles it only when it says every word the question asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("yes-no"))


def test_a_statement_that_negates_what_is_asked_answers_no(engine: Engine) -> None:
    answer = engine.ask("Does Acme sell gadgets?")
    assert answer.status == "answered"
    assert answer.text.startswith("No.")


def test_a_statement_that_says_what_is_asked_answers_yes(engine: Engine) -> None:
    answer = engine.ask("Was Bolt given the option to buy a factory?")
    assert answer.text.startswith("Yes.")


def test_a_statement_that_leaves_a_word_of_the_question_unsaid_does_not_settle_it(engine: Engine) -> None:
    answer = engine.ask("Is Acme's output back to normal?")
    assert answer.status == "unknown"
    assert "below normal" in answer.text  # what the source does say is given


def test_a_figure_settles_a_comparison(engine: Engine) -> None:
    assert engine.ask("Did Acme sell more widgets than Bolt in 2021?").text.startswith("Yes.")
    assert engine.ask("Did Bolt sell more widgets than Acme in 2021?").text.startswith("No.")


def test_a_stated_figure_is_checked_against_the_fact(engine: Engine) -> None:
    assert engine.ask("Did Acme sell 150 widgets in 2021?").text.startswith("Yes.")
    assert engine.ask("Did Acme sell more than 200 widgets in 2021?").text.startswith("No.")


def test_a_future_question_is_never_settled_by_what_was(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("Will Acme sell gadgets?")
    assert not answer.text.startswith(("Yes", "No"))
