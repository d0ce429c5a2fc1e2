"""A share of a group's total is of one of its members only: the figure of a subject of the members' kind that is
none of them is no part of it, however the question puts it."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme and Bolt form the Main Street group, which sold 100 widgets in 2021.\nAcme sold 60 and Crux 30.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
  - {id: main-street, name: the Main Street group, kind: group, aliases: [Main Street group, Main Street],
     members: [acme, bolt], evidence: [{sentence: 1, quote: "Acme and Bolt form the Main Street group"}]}
measures:
  - {id: widgets, name: widget sales, unit: widgets, aliases: [widget sales, sales, sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: group-w, subject: main-street, measure: widgets, period: y2021, value: "100", sentence: 1,
     quote: "which sold 100 widgets in 2021"}
  - {id: acme-w, subject: acme, measure: widgets, period: y2021, value: "60", sentence: 2, quote: "Acme sold 60"}
  - {id: crux-w, subject: crux, measure: widgets, period: y2021, value: "30", sentence: 2, quote: "Crux 30"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("non-member"), RECORDS, TEXT)


def test_a_members_share_of_its_group(engine: Engine) -> None:
    answer = engine.ask("What share of the Main Street group's sales in 2021 were Acme's?")
    assert answer.status is Status.ANSWERED and "60%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What share of the Main Street group's sales in 2021 were Crux's?",
        "Crux's share of the Main Street group's sales",
    ],
)
def test_a_non_members_share_of_a_group_is_not_given(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED or "30%" not in answer.text, answer.text
