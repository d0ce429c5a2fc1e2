""" "Kindly" is politeness, read as "please"; "kind" ("what kind of deal") is a word a statement may explain."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.analysis import analyse
from tiny import tiny_engine

DEAL = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme]}
statements:
  - id: pact-nature
    kind: description
    answer: "The Pact is a research partnership, not a merger."
    about: [pact]
    keywords: [kind, type, nature]
    sentence: 1
    quote: "The Pact is a research partnership, not a merger."
  - id: pact-start
    kind: event
    answer: "The Pact began in 2019."
    about: [pact]
    sentence: 2
    quote: "The Pact began in 2019."
"""
TEXT = "The Pact is a research partnership, not a merger.\nThe Pact began in 2019.\n"


def test_kind_weighs_and_kindly_does_not(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, DEAL, TEXT)
    asked = analyse("what kind of pact is it", engine.kb)
    assert asked.weights[[word.surface for word in asked.words].index("kind")] > 0
    polite = analyse("kindly describe the pact", engine.kb)
    assert polite.weights[0] == 0


def test_what_kind_is_answered_by_the_statement_of_its_kind(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, DEAL, TEXT).ask("What kind of pact is it?")
    assert answer.status is Status.ANSWERED
    assert "research partnership" in answer.text
