"""A negation in the sentence outside a statement's quote counts when the curator's answer says it too."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - {id: outcome, kind: description, about: [acme], sentence: 1,
     answer: "Acme's plans came to nothing: its widgets are almost unsold.",
     keywords: [pay off, plans], quote: "its widgets are almost unsold"}
  - {id: growth, kind: description, about: [bolt], sentence: 2,
     answer: "Bolt grew its gadget sales.", keywords: [grow, gadget sales], quote: "Bolt grew its gadget sales"}
"""
TEXT = (
    "But Acme's plans came to nothing, and its widgets are almost unsold.\n"
    "Bolt grew its gadget sales, but Crux did not.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("negation"), RECORDS, TEXT)


def test_a_negation_the_answer_says_is_the_statements(engine: Engine) -> None:
    assert engine.ask("Did Acme's plans pay off?").text.startswith("No.")


def test_a_negation_of_another_clause_is_not(engine: Engine) -> None:
    assert engine.ask("Did Bolt grow its gadget sales?").text.startswith("Yes.")
