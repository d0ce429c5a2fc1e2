"""The total of exactly a group's members, when the sources give the group's figure and not every member's: the
group's own figure ("what did they sell in total?" after the members were listed)."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "The Acme group, made up of Acme, Bolt and Cog, sold 500 widgets in total.\nBolt sold 90 widgets.\n"
RECORDS = """
entities:
  - {id: group, name: the Acme group, kind: group, aliases: [Acme group], members: [acme, bolt, cog]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cog, name: Cog, kind: company, aliases: [Cog]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sold, sell]}
facts:
  - {id: group-sales, subject: group, measure: sales, value: "500", sentence: 1, quote: "sold 500 widgets in total"}
  - {id: bolt-sales, subject: bolt, measure: sales, value: "90", sentence: 2, quote: "Bolt sold 90 widgets"}
"""


def test_the_members_named_together_are_the_groups_total(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What did Acme, Bolt and Cog sell in total?")
    assert answer.status == "answered" and "500" in answer.text, answer.text


def test_they_after_the_members_listed_are_the_groups_total(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("Who is in the Acme group?", conversation)
    answer = engine.ask("What did they sell in total?", conversation)
    assert answer.status == "answered" and "500" in answer.text, answer.text


def test_some_of_the_members_are_no_group(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What did Acme and Bolt sell in total?")
    assert answer.status != "answered", answer.text
