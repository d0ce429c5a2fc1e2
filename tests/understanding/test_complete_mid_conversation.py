"""A question complete on its own is answered on its own, even mid-conversation: it borrows nothing."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

KINDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sold, sell]}
  - {id: blue, name: blue widget sales, unit: blue widgets, aliases: [blue widget sales, blue widgets, sold, sell]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2020, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2020"}
  - {id: bolt-blue, subject: bolt, measure: blue, period: y2021, value: "60 blue widgets",
     sentence: 2, quote: "Bolt sold 60 blue widgets"}
  - {id: acme-blue, subject: acme, measure: blue, period: y2021, value: "20 blue widgets",
     sentence: 3, quote: "Acme sold 20 blue widgets"}
"""
KINDS_TEXT = "Acme sold 150 widgets in 2020.\nBolt sold 60 blue widgets in 2021.\nAcme sold 20 blue widgets in 2021.\n"


def test_a_measure_named_in_full_is_not_replaced_by_the_conversations(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, KINDS, KINDS_TEXT), Conversation()
    engine.ask("How many widgets did Acme sell in 2020?", conversation)
    answer = engine.ask("How many blue widgets did Bolt sell in 2021?", conversation)
    assert answer.status == "answered" and "60" in answer.text


def test_the_next_follow_up_borrows_the_measure_of_the_complete_question(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, KINDS, KINDS_TEXT), Conversation()
    engine.ask("How many widgets did Acme sell in 2020?", conversation)
    engine.ask("How many blue widgets did Bolt sell in 2021?", conversation)
    answer = engine.ask("and Acme?", conversation)
    assert answer.status == "answered" and "20" in answer.text
