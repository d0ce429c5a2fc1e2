"""A share asked between two possessives ("Acme's share of the pact's sales"): the share operation's cue."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import RECORDS, TEXT, tiny_engine

PACT = """
  - {id: pact, name: the Widget Pact, kind: group, aliases: [Widget Pact, pact], members: [acme, bolt]}
measures:"""
TOTAL = """
  - {id: pact-2021, subject: pact, measure: widget-sales, period: y2021, value: "240 widgets", sentence: 7,
     quote: "The Widget Pact sold 240 widgets in 2021"}
statements:"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    records = RECORDS.replace("\nmeasures:", PACT, 1).replace("\nstatements:", TOTAL, 1)
    text = TEXT + "The Widget Pact sold 240 widgets in 2021.\n"
    return tiny_engine(tmp_path_factory.mktemp("shares"), records, text)


def test_a_share_between_possessives_is_the_part_of_the_whole(engine: Engine) -> None:
    answer = engine.ask("Acme's share of the pact's widget sales in 2021?")
    assert answer.status == "answered" and "62.5%" in answer.text, answer.text


def test_share_of_alone_names_no_share_operation(engine: Engine) -> None:
    answer = engine.ask("What is Acme's share of the widget market?")
    assert answer.status != "answered" or "%" not in answer.text, answer.text
