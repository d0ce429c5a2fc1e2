"""What is known nearby, for a member the sources give no figure of: its group's figure in the period asked, when
the group has one there, rather than every period of the group's."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: pact-1, subject: pact, measure: share, period: y2020, value: "30%", sentence: 1, quote: "30%"}
  - {id: pact-2, subject: pact, measure: share, period: y2021, value: "24%", sentence: 1, quote: "24%"}
"""
TEXT = "The Pact's market share was 30% in 2020 and 24% in 2021.\n"


def test_the_group_figure_of_the_period_asked_is_shown(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was Acme's market share in 2021?")
    assert answer.status is Status.UNKNOWN and "24%" in answer.text and "30%" not in answer.text
