"""After a comparison, "by how many points?" names nothing of its own: it asks the size of the comparison just
made, the difference between its two sides."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-share, subject: acme, measure: share, period: y2021, value: "30%", sentence: 1,
     quote: "Acme held 30% of the market in 2021"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, value: "25%", sentence: 2,
     quote: "Bolt held 25%"}
"""
TEXT = "Acme held 30% of the market in 2021.\nBolt held 25%.\n"


def test_by_how_many_points_after_a_comparison_is_the_gap(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("Which had the higher market share in 2021, Acme or Bolt?", conversation)
    answer = engine.ask("By how many percentage points?", conversation)
    assert answer.status == "answered"
    assert "30% − 25% = 5.0 percentage points" in answer.working
