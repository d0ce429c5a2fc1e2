"""A larger group named as what is asked ("which Ardian shops", "how many Ardian shops") beside a group all of
whose members it holds names the members' kind: the other group's members are asked for, or counted."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "Ardia has four shops: Acme, Bolt, Crux and Dyne.\nAcme and Bolt form the Main Street group.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
  - {id: dyne, name: Dyne, kind: shop, aliases: [Dyne]}
  - {id: ardian-shops, name: Ardian shops, kind: category, aliases: [Ardian shops, Ardia's shops],
     members: [acme, bolt, crux, dyne], evidence: [{sentence: 1, quote: "Ardia has four shops"}]}
  - {id: main-street, name: the Main Street group, kind: group, aliases: [Main Street group, Main Street],
     members: [acme, bolt], evidence: [{sentence: 2, quote: "Acme and Bolt form the Main Street group"}]}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("kind-group"), RECORDS, TEXT)


def test_which_of_the_larger_group_are_in_the_smaller(engine: Engine) -> None:
    answer = engine.ask("Which Ardian shops are in the Main Street group?")
    assert answer.status is Status.ANSWERED and "Acme" in answer.text and "Crux" not in answer.text, answer.text


def test_how_many_of_the_larger_group_are_in_the_smaller(engine: Engine) -> None:
    answer = engine.ask("How many Ardian shops are in the Main Street group?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("2 members"), answer.text
