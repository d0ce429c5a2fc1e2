"""After a group's members are listed, "them" is those members ("rank them by sales"), and a measure the follow-up
names beside an operation word that is also a measure's name ("rank" of a rank measure) is the one ranked by."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = (
    "Acme, Bolt and Crux form the Main Street group.\n"
    "In 2021 Acme sold 40 widgets, Bolt 90 and Crux 20.\n"
    "Bolt is the largest shop in Ardia and Acme the second largest.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
  - {id: main-street, name: the Main Street group, kind: group, aliases: [Main Street group, Main Street],
     members: [acme, bolt, crux], evidence: [{sentence: 1, quote: "Acme, Bolt and Crux form the Main Street group"}]}
measures:
  - {id: widgets, name: widget sales, unit: widgets, aliases: [widget sales, sales, sold]}
  - {id: size-rank, name: size rank, unit: rank, aliases: [rank, size rank, largest shop]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-w, subject: acme, measure: widgets, period: y2021, value: "40", sentence: 2,
     quote: "Acme sold 40 widgets"}
  - {id: bolt-w, subject: bolt, measure: widgets, period: y2021, value: "90", sentence: 2, quote: "Bolt 90"}
  - {id: crux-w, subject: crux, measure: widgets, period: y2021, value: "20", sentence: 2, quote: "Crux 20"}
  - {id: bolt-rank, subject: bolt, measure: size-rank, value: largest, number: 1, sentence: 3,
     quote: "Bolt is the largest shop in Ardia"}
  - {id: acme-rank, subject: acme, measure: size-rank, value: second largest, number: 2, sentence: 3,
     quote: "Acme the second largest"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("members-follow-up"), RECORDS, TEXT)


@pytest.mark.parametrize("follow_up", ["rank them by sales", "Rank them by widget sales in 2021"])
def test_them_after_a_members_list_is_the_members(engine: Engine, follow_up: str) -> None:
    conversation = Conversation()
    engine.ask("Who is in the Main Street group?", conversation)
    answer = engine.ask(follow_up, conversation)
    assert answer.status == "answered" and "1. Bolt (90)" in answer.text and "3. Crux (20)" in answer.text, answer.text
