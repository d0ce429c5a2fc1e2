"""Members asked with some left out ("besides Acme, who is in the group?"): the group's members less those of
them; a name left out that is no member takes nothing out. An unknown about members says so in words."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme, Bolt and Crux form the Main Street group.\nDyne is a shop in Ardia.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
  - {id: dyne, name: Dyne, kind: shop, aliases: [Dyne]}
  - {id: main-street, name: the Main Street group, kind: group, aliases: [Main Street group, Main Street],
     members: [acme, bolt, crux], evidence: [{sentence: 1, quote: "Acme, Bolt and Crux form the Main Street group"}]}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("besides"), RECORDS, TEXT)


@pytest.mark.parametrize(
    "question",
    ["Besides Acme, who is in the Main Street group?", "Which shops are in the Main Street group other than Acme?"],
)
def test_members_less_those_left_out(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "Bolt and Crux" in answer.text and "Acme" in answer.text.split(":")[0], answer.text


def test_counted_less_those_left_out(engine: Engine) -> None:
    answer = engine.ask("How many members does the Main Street group have besides Acme?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("2 members"), answer.text


def test_a_name_left_out_that_is_no_member_takes_nothing_out(engine: Engine) -> None:
    answer = engine.ask("Besides Dyne, who is in the Main Street group?")
    assert answer.status is Status.ANSWERED and "Acme, Bolt and Crux" in answer.text, answer.text
