"""After a statement naming a member and its group ("Acme plans to join the Pact"), "it" is the member."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

JOINING = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales, sell]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, value: "40",
     sentence: 2, quote: "Acme sells 40 widgets and the Pact 100 widgets"}
  - {id: pact-sales, subject: pact, measure: sales, value: "100",
     sentence: 2, quote: "Acme sells 40 widgets and the Pact 100 widgets"}
statements:
  - id: acme-joins
    kind: plan
    answer: "Acme plans to join the Pact."
    about: [pact, acme]
    keywords: [join, plans to join]
    sentence: 1
    quote: "Acme plans to join the Pact."
"""
TEXT = "Acme plans to join the Pact.\nAcme sells 40 widgets and the Pact 100 widgets.\n"


def test_it_after_a_member_joining_a_group_is_the_member(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, JOINING, TEXT), Conversation()
    assert engine.ask("Who plans to join the Pact?", conversation).status is Status.ANSWERED
    answer = engine.ask("How many widgets does it sell?", conversation)
    assert answer.status is Status.ANSWERED
    assert "40" in answer.text and "100" not in answer.text
