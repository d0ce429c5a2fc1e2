"""A gap asked with "how much" and a comparative of its own ("how much longer", "how much older") is a
difference, as "how much more" is (lexicon cues)."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme staff, kind: group, aliases: [Acme staff, Acme]}
  - {id: bolt, name: Bolt staff, kind: group, aliases: [Bolt staff, Bolt]}
measures:
  - {id: hours, name: hours worked per day, unit: hours, aliases: [hours worked, work, worked]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a, subject: acme, measure: hours, period: y2021, value: 8.5 hours, sentence: 1,
     quote: "Acme staff worked 8.5 hours a day in 2021"}
  - {id: b, subject: bolt, measure: hours, period: y2021, value: 6 hours, sentence: 1, quote: "Bolt staff 6 hours"}
"""


def test_how_much_longer_is_a_difference(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, "Acme staff worked 8.5 hours a day in 2021, Bolt staff 6 hours.\n")
    answer = engine.ask("How much longer did Acme staff work than Bolt staff in 2021?")
    assert answer.status is Status.ANSWERED and "2.5" in answer.text
