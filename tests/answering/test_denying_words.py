"""A word that says "not" in itself ("exclude") decides a yes/no question only against what it denies."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: scope, kind: description, sentence: 1, answer: "The survey excludes part-time workers.",
     keywords: [survey], quote: "The survey excludes part-time workers"}
"""
TEXT = "The survey excludes part-time workers.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("denying"), RECORDS, TEXT)


def test_a_word_it_denies_is_answered_no(engine: Engine) -> None:
    assert engine.ask("Are part-time workers counted in the survey?").text.startswith("No.")


def test_the_word_itself_is_answered_yes(engine: Engine) -> None:
    assert engine.ask("Are part-time workers excluded from the survey?").text.startswith("Yes.")


def test_a_denying_word_of_the_same_sense_is_answered_yes(engine: Engine) -> None:
    assert engine.ask("Are part-time workers left out of the survey?").text.startswith("Yes.")


def test_a_negated_denied_word_is_answered_yes(engine: Engine) -> None:
    assert engine.ask("Are part-time workers not counted in the survey?").text.startswith("Yes.")


def test_a_question_of_neither_is_not_settled(engine: Engine) -> None:
    answer = engine.ask("Are part-time workers surveyed?")
    assert not answer.text.startswith(("Yes", "No")) and "excludes part-time workers" in answer.text


def test_a_denied_word_is_explained_by_the_statement(engine: Engine) -> None:
    answer = engine.ask("Are part-time workers included?")  # "included" is not in the statement, "excludes" is
    assert answer.status == "answered" and answer.text.startswith("No.")
