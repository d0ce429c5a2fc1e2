"""A currency said outside a name, where no measure named is in money ("the dollar value of Acme's widget sales"):
a count answers no question of money; a measure in money still answers it."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "In 2021 Acme sold 150 widgets.\nAcme's revenue was $2 million in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widgets, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sales]}
  - {id: revenue, name: revenue, unit: dollars, aliases: [revenue, income]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-w, subject: acme, measure: widgets, period: y2021, value: "150", sentence: 1,
     quote: "In 2021 Acme sold 150 widgets"}
  - {id: acme-r, subject: acme, measure: revenue, period: y2021, value: $2 million, sentence: 2,
     quote: "Acme's revenue was $2 million in 2021"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("money"), RECORDS, TEXT)


def test_a_count_answers_no_question_of_money(engine: Engine) -> None:
    answer = engine.ask("What was the dollar value of Acme's widget sales in 2021?")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_measure_in_money_answers_it(engine: Engine) -> None:
    answer = engine.ask("How many dollars of revenue did Acme have in 2021?")
    assert answer.status is Status.ANSWERED and "2 million" in answer.text, answer.text


def test_a_word_of_money_asks_money_too(engine: Engine) -> None:
    assert engine.ask("How much did Acme's widget sales cost in 2021?").status is not Status.ANSWERED
