"""A follow-up that asks the other way ("and the biggest drop?" after the biggest rise) borrows the measure of
changes, and its word of direction is explained by the changes, as in a question asked afresh."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "Widget sales rose 47.8% in Avon and 21.2% in Bree.\nThey fell 32.5% in Calder and 26.6% in Dunmore.\n"
RECORDS = """
entities:
  - {id: avon, name: Avon, kind: town, aliases: [Avon]}
  - {id: bree, name: Bree, kind: town, aliases: [Bree]}
  - {id: calder, name: Calder, kind: town, aliases: [Calder]}
  - {id: dunmore, name: Dunmore, kind: town, aliases: [Dunmore]}
measures:
  - {id: change, name: percentage change in widget sales, unit: percent, is_change: true,
     aliases: [percentage change in widget sales, percentage increase in widget sales, change in widget sales]}
facts:
  - {id: a, subject: avon, measure: change, value: "+47.8%", sentence: 1, quote: "rose 47.8% in Avon"}
  - {id: b, subject: bree, measure: change, value: "+21.2%", sentence: 1, quote: "21.2% in Bree"}
  - {id: c, subject: calder, measure: change, value: "-32.5%", sentence: 2, quote: "They fell 32.5% in Calder"}
  - {id: d, subject: dunmore, measure: change, value: "-26.6%", sentence: 2, quote: "26.6% in Dunmore"}
"""


def test_the_other_direction_asked_as_a_follow_up(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    first = engine.ask("Which town saw the biggest percentage increase in widget sales?", conversation)
    assert first.status is Status.ANSWERED and first.text.startswith("Avon")
    answer = engine.ask("And the biggest drop?", conversation)
    assert answer.status is Status.ANSWERED and answer.text.startswith("Calder") and "32.5%" in answer.text
