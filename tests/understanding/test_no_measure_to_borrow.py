"""A follow-up borrows a measure only when the conversation has one: after an answer about a person (no
figure), "what did he say about the change?" is no change of a measure, and is never read as one ("the change
in Dana Ray's that")."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: dana, name: Dana Ray, kind: person, aliases: [Dana Ray, Ray],
     description: "the chief economist", evidence: [{sentence: 1, quote: "Dana Ray, the chief economist"}]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: sales, period: y2021, value: "150 widgets", sentence: 2,
     quote: "Acme sold 150 widgets in 2021"}
"""
TEXT = "Dana Ray, the chief economist, spoke.\nAcme sold 150 widgets in 2021.\n"


def test_no_change_is_read_without_a_measure(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("Who is Dana Ray?", conversation)
    answer = engine.ask("What did he say about the change?", conversation)
    assert answer.trace.intent != "change", answer.trace
    assert "the change in" not in answer.text, answer.text
