"""A follow-up naming another part after a share of a whole asks that part's share of the same whole."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cog, name: Cog, kind: company, aliases: [Cog]}
  - {id: trio, name: the Trio group, kind: group, aliases: [Trio group, Trio], members: [acme, bolt, cog]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, value: "150 widgets", sentence: 1, quote: "Acme sold 150 widgets"}
  - {id: bolt-sales, subject: bolt, measure: sales, value: "90", sentence: 1, quote: "Bolt 90"}
  - {id: cog-sales, subject: cog, measure: sales, value: "60", sentence: 1, quote: "Cog 60"}
  - {id: trio-sales, subject: trio, measure: sales, value: "300 widgets", sentence: 2,
     quote: "the Trio group sold 300 widgets"}
"""
TEXT = "Acme sold 150 widgets, Bolt 90 and Cog 60.\nTogether the Trio group sold 300 widgets.\n"


def test_what_about_another_part_keeps_the_share_and_the_whole(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    first = engine.ask("What share of the Trio group's sales is Bolt's?", conversation)
    assert "30%" in first.text
    answer = engine.ask("What about Cog?", conversation)
    assert answer.status == "answered" and "20%" in answer.text
