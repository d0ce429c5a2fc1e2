"""A record low is settled as a record high is: by the words of the figure asked about ("to 62.0, a record
low"), or a context quote of its own sentence; the "record" of "record low" asks and says no record high; a
record said of another period in the quote ("down from a record high in 2010") is not the figure's."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Acme's defect rate was 62.0 per 1,000 in 2021, down 1% to a record low for the firm.\n"
    "Acme's defect rate was 70.0 per 1,000 in 2020.\n"
    "Acme's output was 400 widgets in 2021, down from a record high in 2010.\n"
)

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: rate, name: defect rate, unit: "per 1,000", aliases: [defect rate]}
  - {id: output, name: output, unit: widgets, aliases: [output]}
periods:
  - {id: y2010, aliases: ["2010"]}
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: rate-2021, subject: acme, measure: rate, period: y2021, value: "62.0", sentence: 1,
     quote: "Acme's defect rate was 62.0 per 1,000 in 2021",
     context: [{sentence: 1, quote: "to a record low for the firm"}]}
  - {id: rate-2020, subject: acme, measure: rate, period: y2020, value: "70.0", sentence: 2,
     quote: "Acme's defect rate was 70.0 per 1,000 in 2020"}
  - {id: output-2021, subject: acme, measure: output, period: y2021, value: "400 widgets", sentence: 3,
     quote: "Acme's output was 400 widgets in 2021, down from a record high in 2010"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("record-lows"), RECORDS, TEXT)


def test_a_figure_called_a_record_low_is_one(engine: Engine) -> None:
    answer = engine.ask("Was Acme's defect rate in 2021 a record low?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("Yes."), answer.text


def test_a_record_low_is_no_record_high(engine: Engine) -> None:
    answer = engine.ask("Was Acme's defect rate in 2021 a record high?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("No."), answer.text


def test_a_higher_figure_than_the_record_low_is_not_one(engine: Engine) -> None:
    answer = engine.ask("Was Acme's defect rate in 2020 a record low?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("No."), answer.text


def test_a_record_of_another_period_in_the_quote_is_not_the_figures(engine: Engine) -> None:
    answer = engine.ask("Was Acme's output a record high in 2021?")
    assert answer.status is Status.UNKNOWN, answer.text
