"""A "not" (or a denying word) decides only its own clause: the clause a yes/no question asks about is the one
holding most of its words, and a tie between clauses of opposite polarity settles nothing."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import RECORDS, TEXT, tiny_engine

CLAUSES = """
  - id: agreement
    answer: "Acme rejected the first offer, but later signed an agreement with Bolt."
    about: [acme, bolt]
    sentence: 7
    quote: "Acme rejected the first offer, but later signed an agreement with Bolt."
  - id: plants
    answer: "Bolt lacks a factory in Asia, but has a plant in Ohio."
    about: [bolt]
    sentence: 8
    quote: "Bolt lacks a factory in Asia, but has a plant in Ohio."
  - id: gizmos
    answer: "Bolt makes not gadgets but gizmos."
    about: [bolt]
    sentence: 9
    quote: "Bolt makes not gadgets but gizmos."
"""
LINES = (
    "Acme rejected the first offer, but later signed an agreement with Bolt.\n"
    "Bolt lacks a factory in Asia, but has a plant in Ohio.\n"
    "Bolt makes not gadgets but gizmos.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("clauses"), RECORDS + CLAUSES, TEXT + LINES)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme sign an agreement with Bolt?", "Yes."),
        ("Did Acme accept the first offer?", "No."),
        ("Does Bolt have a plant in Ohio?", "Yes."),
        ("Does Bolt have a factory in Asia?", "No."),
    ],
)
def test_a_denial_decides_only_its_own_clause(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text


def test_clauses_of_either_polarity_alike_settle_nothing(engine: Engine) -> None:
    answer = engine.ask("Does Bolt make gizmos?")  # "makes" said in the one, "gizmos" in the other
    assert not answer.text.startswith(("Yes", "No")), answer.text
