"""Several named at once: membership ("are X and Y in G?") and description ("who are X and Y?") of each."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
  - {id: guild, name: the Guild, kind: group, aliases: [Guild], members: [acme, bolt],
     evidence: [{sentence: 1, quote: "Acme and Bolt formed the Guild"}]}
"""
TEXT = "Acme and Bolt formed the Guild.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("membership"), RECORDS, TEXT)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Are Acme and Bolt members of the Guild?", "Yes."),
        ("Is Crux a member of the Guild?", "No."),
        ("Are Crux or Acme part of the Guild?", "The sources don't settle"),
    ],
)
def test_each_named_is_checked_against_the_group(engine: Engine, question: str, start: str) -> None:
    assert engine.ask(question).text.startswith(start)


def test_each_named_is_said(engine: Engine) -> None:
    text = engine.ask("Are Crux or Acme part of the Guild?").text
    assert "Crux is not among the members" in text
    assert "Acme is a member" in text


DESCRIBED = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme], description: "the largest maker of widgets",
     evidence: [{sentence: 1, quote: "Acme, the largest maker of widgets"}]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt], description: "a seller of gadgets",
     evidence: [{sentence: 2, quote: "Bolt, a seller of gadgets"}]}
"""
DESCRIBED_TEXT = "Acme, the largest maker of widgets, grew.\nBolt, a seller of gadgets, shrank.\n"


def test_who_are_x_and_y_describes_each(tmp_path_factory: pytest.TempPathFactory) -> None:
    engine = tiny_engine(tmp_path_factory.mktemp("described"), DESCRIBED, DESCRIBED_TEXT)
    answer = engine.ask("Who are Acme and Bolt?")
    assert answer.text == "Acme is the largest maker of widgets. Bolt is a seller of gadgets."
    assert len(answer.citations) == 2
