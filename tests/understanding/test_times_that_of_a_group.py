"""A figure answered for a group is something "that" points at: "how many times G's total is that?" divides the
group's figure just given by the total of the group the follow-up names."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

GROUPS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cogs, name: Cogs, kind: company, aliases: [Cogs]}
  - {id: dyna, name: Dyna, kind: company, aliases: [Dyna]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt]}
  - {id: club, name: the Club, kind: group, aliases: [Club], members: [cogs, dyna]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sold, sell]}
facts:
  - {id: pact-sales, subject: pact, measure: sales, value: "300 widgets", sentence: 1,
     quote: "The Pact's members sold 300 widgets"}
  - {id: club-sales, subject: club, measure: sales, value: "900 widgets", sentence: 2,
     quote: "the Club's members sold 900 widgets"}
"""
TEXT = "The Pact's members sold 300 widgets.\nIn all, the Club's members sold 900 widgets.\n"


def test_how_many_times_a_groups_total_is_the_last_groups_figure(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, GROUPS, TEXT), Conversation()
    engine.ask("How many widgets did the Club sell in total?", conversation)
    answer = engine.ask("How many times the Pact's total is that?", conversation)
    assert answer.status == "answered"
    assert "900 widgets ÷ 300 widgets = 3" in " ".join(answer.working)
