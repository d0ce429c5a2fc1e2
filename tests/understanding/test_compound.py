"""Two questions in one, joined by ", and" and a question word: each half is asked in turn."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.compound import split_question
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("compound"))


def test_a_question_joined_by_and_and_a_question_word_splits(engine: Engine) -> None:
    parts = split_question("How many widgets did Acme sell in 2021, and how many did Bolt sell?", engine.kb)
    assert parts == ("How many widgets did Acme sell in 2021?", "how many did Bolt sell?")


@pytest.mark.parametrize(
    "question", ["Who formed the partnership, and when?", "Did Acme and Bolt sell widgets in 2021?"]
)
def test_a_short_tail_or_a_plain_and_does_not_split(engine: Engine, question: str) -> None:
    assert split_question(question, engine.kb) is None


def test_both_halves_are_answered_the_second_following_the_first(engine: Engine) -> None:
    answer = engine.ask("How many widgets did Bolt sell in 2021, and what was it given the option to buy?")
    assert answer.status == "answered"
    assert "90 widgets" in answer.text
    assert "factory" in answer.text


def test_half_an_answer_is_not_the_answer(engine: Engine) -> None:
    answer = engine.ask("How many widgets did Acme sell in 2021, and how many gadgets did it sell in 2021?")
    assert answer.status != "answered"


def test_a_bare_comma_after_a_question_joins_a_second_question(engine: Engine) -> None:
    parts = split_question("How many widgets did Acme sell in 2021, what did Bolt sell?", engine.kb)
    assert parts == ("How many widgets did Acme sell in 2021?", "what did Bolt sell?")


@pytest.mark.parametrize(
    "question",
    [
        "How many widgets did Acme sell in 2021, which was more than Bolt sold?",  # a relative clause goes on
        "In 2021, how many widgets did Acme and Bolt sell together?",  # the first half is no question
    ],
)
def test_a_bare_comma_before_a_relative_word_or_after_no_question_does_not_split(engine: Engine, question: str) -> None:
    assert split_question(question, engine.kb) is None
