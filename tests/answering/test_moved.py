""" "Which of a set saw X fall?": the subjects of the set whose stated change is a fall; nothing when one of them
has no change whose direction is known, and never over everyone the sources happen to give a change for."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "Acme's sales fell 5% in 2023.\nBolt's sales rose 3% in 2023.\nCore's sales fell 2% in 2023.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
  - {id: dyna, name: Dyna, kind: company, aliases: [Dyna]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt, core]}
  - {id: club, name: the Club, kind: group, aliases: [Club], members: [acme, dyna]}
  - {id: guild, name: the Guild, kind: group, aliases: [Guild], members: [acme, bolt, core, dyna]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2023, aliases: ["2023"]}
facts:
  - {id: acme-fall, subject: acme, measure: sales, period: y2023, change: "-5%", sentence: 1,
     quote: "Acme's sales fell 5% in 2023"}
  - {id: bolt-rise, subject: bolt, measure: sales, period: y2023, change: "+3%", sentence: 2,
     quote: "Bolt's sales rose 3% in 2023"}
  - {id: core-fall, subject: core, measure: sales, period: y2023, change: "-2%", sentence: 3,
     quote: "Core's sales fell 2% in 2023"}
"""


def test_which_members_saw_a_fall(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which Pact members saw their sales fall in 2023?")
    assert answer.status == "answered"
    assert answer.text.startswith("Acme and Core:")


def test_which_members_saw_a_rise(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which Pact members saw their sales rise in 2023?")
    assert answer.status == "answered" and answer.text.startswith("Bolt:")


def test_a_member_with_no_change_leaves_it_unsaid(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which Club members saw their sales fall in 2023?")
    assert answer.status != "answered"


def test_a_follow_up_asking_how_much_is_not_read_as_who_moved(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("Which Pact members saw their sales fall in 2023?", conversation)
    assert engine.ask("By how much did they fall?", conversation).intent != "moved"


def test_members_with_no_change_are_named_as_unsaid_beside_those_that_moved(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which Guild members saw their sales fall in 2023?")
    assert answer.status == "answered" and answer.text.startswith("Acme and Core:")
    assert "no widget sales for Dyna" in answer.text


def test_them_after_which_moved_points_at_those_that_did(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("Which Guild members saw their sales fall in 2023?", conversation)
    answer = engine.ask("rank them by how much they fell, biggest drop first", conversation)
    assert answer.status == "answered" and "Bolt" not in answer.text
    assert answer.text.index("Acme") < answer.text.index("Core")
