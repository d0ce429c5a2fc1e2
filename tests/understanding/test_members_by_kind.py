"""A group named beside the kind its members are asks about its members ("which shops are in the three shops?"),
whether the group's name is written with a number word or digits; a group with no figure of its own totals its
members' figures when its figure is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = (
    "Acme sold 120 widgets in 2021, Bolt sold 90 and Crux sold 40.\n"
    "Acme, Bolt and Crux are the three shops on Main Street.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
  - {id: main-street, name: the three shops, kind: group, aliases: [three shops, the three shops, Main Street shops],
     members: [acme, bolt, crux]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sold, sell]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120", sentence: 1,
     quote: "Acme sold 120 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90", sentence: 1,
     quote: "Bolt sold 90"}
  - {id: crux-2021, subject: crux, measure: widget-sales, period: y2021, value: "40", sentence: 1,
     quote: "Crux sold 40"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("kinds"), RECORDS, TEXT)


@pytest.mark.parametrize(
    "question",
    ["Which shops are in the three shops?", "Which shops are in the 3 shops?", "Which shops make up the three shops?"],
)
def test_the_members_kind_asks_for_the_members(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and all(shop in answer.text for shop in ("Acme", "Bolt", "Crux"))


def test_how_many_of_the_members_kind_counts_them(engine: Engine) -> None:
    answer = engine.ask("How many shops are in the three shops?")
    assert answer.status == "answered" and answer.text.startswith("3 members")


def test_a_group_without_a_figure_totals_its_members(engine: Engine) -> None:
    answer = engine.ask("How many widgets did the Main Street shops sell in 2021?")
    assert answer.status == "answered" and "250" in answer.text


def test_an_uncited_list_of_members_forces_no_question_against_a_statement(tmp_path: Path) -> None:
    statement = """
statements:
  - id: shops-listed
    answer: Acme, Bolt and Crux are the three shops on Main Street.
    about: [main-street]
    keywords: [shops, which]
    sentence: 2
    quote: "Acme, Bolt and Crux are the three shops on Main Street."
"""
    answer = tiny_engine(tmp_path, RECORDS + statement, TEXT).ask("Which shops are in the Main Street shops?")
    assert answer.status == "answered" and "Crux" in answer.text


def test_a_cue_word_inside_a_group_s_name_asks_for_nothing(tmp_path: Path) -> None:
    records = RECORDS.replace("Main Street shops]", "Main Street shops, biggest shops on Main Street]")
    answer = tiny_engine(tmp_path, records, TEXT).ask(
        "How many widgets did the biggest shops on Main Street sell in 2021?"
    )
    assert answer.status == "answered" and "250" in answer.text
