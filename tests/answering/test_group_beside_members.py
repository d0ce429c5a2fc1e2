"""A group named beside its own members ("the railroad from Alda to Brill") stands for nothing of its own: the
members are meant. Looked up, the member's figure answers; summed, the members' figures, never counted twice."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "The railroad ran 22 miles from Alda to Brill.\nIt ran another 10 miles from Brill to the dam.\n"
RECORDS = """
entities:
  - {id: railroad, name: the railroad, kind: railroad, members: [alda-brill, brill-dam], aliases: [railroad]}
  - {id: alda-brill, name: the railroad from Alda to Brill, kind: section, aliases: [Alda to Brill]}
  - {id: brill-dam, name: the railroad from Brill to the dam, kind: section, aliases: [Brill to the dam]}
measures:
  - {id: length, name: length, unit: miles, aliases: [length, miles]}
facts:
  - {id: a, subject: alda-brill, measure: length, value: "22", sentence: 1, quote: "22 miles from Alda to Brill"}
  - {id: b, subject: brill-dam, measure: length, value: "10", sentence: 2, quote: "10 miles from Brill to the dam"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("beside"), RECORDS, TEXT)


def test_the_member_named_beside_its_group_is_looked_up(engine: Engine) -> None:
    answer = engine.ask("How many miles of railroad ran from Alda to Brill?")
    assert answer.status is Status.ANSWERED and "22" in answer.text, answer.text


def test_the_members_named_beside_their_group_are_summed(engine: Engine) -> None:
    answer = engine.ask("What is the total length of railroad, Alda to Brill plus Brill to the dam?")
    assert answer.status is Status.ANSWERED and "32" in answer.text, answer.text
