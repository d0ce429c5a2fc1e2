"""Combined against single: one side of a comparison is the total of the subjects named together in one list."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
  - {id: dyna, name: Dyna, kind: company, aliases: [Dyna]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widgets, sold, sell]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "40", sentence: 1, quote: "Acme 40"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "30", sentence: 1, quote: "Bolt 30"}
  - {id: crux-2021, subject: crux, measure: widget-sales, period: y2021, value: "20", sentence: 1, quote: "Crux 20"}
  - {id: dyna-2021, subject: dyna, measure: widget-sales, period: y2021, value: "80", sentence: 1, quote: "Dyna 80"}
"""
TEXT = "In 2021 widget sales were Acme 40, Bolt 30, Crux 20 and Dyna 80.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("sides"), RECORDS, TEXT)


@pytest.mark.parametrize(
    ("question", "verdict", "totals"),
    [
        ("Did Acme, Bolt and Crux together sell more widgets than Dyna in 2021?", "Yes.", ("(90)", "(80)")),
        ("Did Acme and Bolt together sell more widgets than Dyna in 2021?", "No.", ("(70)", "(80)")),
        ("Did Dyna sell more widgets than Acme and Crux combined in 2021?", "Yes.", ("(80)", "(60)")),
        ("Did Acme and Crux together sell more widgets than Bolt and Dyna combined in 2021?", "No.", ("(60)", "(110)")),
    ],
)
def test_each_side_is_the_total_of_its_list(
    engine: Engine, question: str, verdict: str, totals: tuple[str, str]
) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict)
    assert answer.text.index(totals[0]) < answer.text.index(totals[1])  # the sides in the order asked


def test_the_working_shows_each_sum(engine: Engine) -> None:
    answer = engine.ask("Did Acme, Bolt and Crux together sell more widgets than Dyna in 2021?")
    assert "40 + 30 + 20 = 90" in answer.working


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme and Bolt together sell more than 60 widgets in 2021?", "Yes."),
        ("Did Acme and Bolt together sell more than 80 widgets in 2021?", "No."),
        ("Did Acme, Bolt and Crux sell fewer than 100 widgets combined in 2021?", "Yes."),
    ],
)
def test_a_bound_claimed_of_a_total_is_checked_against_the_total(engine: Engine, question: str, verdict: str) -> None:
    assert engine.ask(question).text.startswith(verdict)


def test_a_difference_with_a_side_put_together_is_the_gap_between_the_totals(engine: Engine) -> None:
    answer = engine.ask("How many more widgets did Dyna sell in 2021 than Acme and Bolt put together?")
    assert answer.status == "answered" and "by 10 widgets" in answer.text and "40 + 30 = 70" in answer.text


def test_a_ratio_with_a_side_put_together_is_one_total_over_the_other(engine: Engine) -> None:
    answer = engine.ask("How many times as many widgets did Dyna sell in 2021 as Acme and Bolt put together?")
    assert answer.status == "answered" and "40 + 30 = 70" in answer.text and "1.14 times" in answer.text
