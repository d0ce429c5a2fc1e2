"""General English read as what it means: "y" is "why", "can't" is "cannot", and "keep up with" is "compete
with", so a question in chat spelling meets the sentence that says it in other words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - id: bolt-cannot-compete
    kind: reason
    answer: "Bolt is unable to compete with Acme on price."
    about: [acme, bolt]
    keywords: [cannot]
    sentence: 1
    quote: "Bolt is unable to compete with Acme on price."
  - id: acme-factory
    kind: event
    answer: "Acme opened a factory."
    about: [acme]
    sentence: 2
    quote: "Acme opened a factory."
"""
TEXT = "Bolt is unable to compete with Acme on price.\nAcme opened a factory.\n"


@pytest.mark.parametrize("question", ["y cant Bolt keep up with Acme", "why can't Bolt keep pace with Acme?"])
def test_other_words_for_cannot_compete_reach_the_sentence(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status == "answered" and "on price" in answer.text
