"""Yes/no of two figures being the same ("the same", "equal"), or one at least the other ("as many as")."""

from __future__ import annotations

import pytest

from factbot.answering.equality import comparison_unsaid
from factbot.engine import Engine
from factbot.understanding.analysis import SpanKind, analyse
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading, revised
from tiny import RECORDS, TEXT, tiny_engine

CRUX = """
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
measures:"""
CRUX_FACT = """
  - {id: crux-2021, subject: crux, measure: widget-sales, period: y2021, value: "90 widgets",
     sentence: 7, quote: "Crux sold 90 widgets in 2021"}
statements:"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    records = RECORDS.replace("\nmeasures:", CRUX, 1).replace("\nstatements:", CRUX_FACT, 1)
    return tiny_engine(tmp_path_factory.mktemp("equality"), records, TEXT + "Crux sold 90 widgets in 2021.\n")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Bolt and Crux sell the same number of widgets in 2021?", "Yes."),
        ("Did Acme and Bolt have the same widget sales in 2021?", "No."),
        ("Were Bolt's and Crux's widget sales equal in 2021?", "Yes."),
        ("Were Acme's widget sales the same in 2020 and 2021?", "No."),
        ("Did Bolt sell as many widgets as Crux in 2021?", "Yes."),
        ("Did Bolt sell as many widgets as Acme in 2021?", "No."),
        ("Did Acme sell as many widgets as Bolt in 2021?", "Yes."),  # at least as many
    ],
)
def test_equal_figures_are_asked_of_a_comparison(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and answer.text.startswith(verdict), answer.text


def test_a_no_shows_both_figures(engine: Engine) -> None:
    text = engine.ask("Did Acme and Bolt have the same widget sales in 2021?").text
    assert "150" in text and "90" in text


def test_two_names_being_one_thing_is_not_settled_by_figures(engine: Engine) -> None:
    answer = engine.ask("Is Acme the same as Bolt?")
    assert not answer.text.startswith(("Yes", "No"))


def test_a_statement_that_states_no_comparison_does_not_settle_one(engine: Engine) -> None:
    analysis = analyse("Does Acme sell as many gadgets as Bolt?", engine.kb)
    cue = next(span for span in analysis.of(SpanKind.CUE) if "equal" in span.targets)
    unstated = Reading(operation=STATEMENT, statement=0, explained=frozenset({1, 3, 4}))
    assert comparison_unsaid(unstated, analysis)  # "Acme does not sell gadgets" says nothing of Bolt's
    assert not comparison_unsaid(revised(unstated, explained=unstated.explained | cue.indexes), analysis)


RANKS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: rank, name: ranking, unit: rank, aliases: [ranking, rank, ranked]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a, subject: acme, measure: rank, period: y2021, value: "2nd", sentence: 1, quote: "Acme ranked 2nd in 2021"}
  - {id: b, subject: bolt, measure: rank, period: y2021, value: "5th", sentence: 2, quote: "Bolt ranked 5th in 2021"}
"""


@pytest.mark.parametrize(
    ("question", "verdict"),
    [("Was Bolt ranked as high as Acme?", "No."), ("Was Acme ranked as high as Bolt?", "Yes.")],
)
def test_as_high_as_of_a_rank_reads_a_lower_number_as_higher(
    tmp_path_factory: pytest.TempPathFactory, question: str, verdict: str
) -> None:
    text = "Acme ranked 2nd in 2021.\nBolt ranked 5th in 2021.\n"
    answer = tiny_engine(tmp_path_factory.mktemp("ranks"), RANKS, text).ask(question)
    assert answer.text.startswith(verdict), answer.text
