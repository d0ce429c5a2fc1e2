"""Yes/no about a record: settled by which figure the source itself calls a record."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme sold a record 150 widgets in 2020.\nAcme sold 120 widgets in 2021.\nAcme sold 100 widgets in 2019.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, sales, sold]}
periods:
  - {id: y2019, aliases: ["2019"]}
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: widget-sales, period: y2020, value: "150 widgets",
     sentence: 1, quote: "Acme sold a record 150 widgets in 2020"}
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets",
     sentence: 2, quote: "Acme sold 120 widgets in 2021"}
  - {id: acme-2019, subject: acme, measure: widget-sales, period: y2019, value: "100 widgets",
     sentence: 3, quote: "Acme sold 100 widgets in 2019"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("records"), RECORDS, TEXT)


def test_the_figure_the_source_calls_a_record_is_one(engine: Engine) -> None:
    assert engine.ask("Were Acme's widget sales a record high in 2020?").text.startswith("Yes.")


def test_a_lower_figure_than_the_stated_record_is_not_one(engine: Engine) -> None:
    answer = engine.ask("Were Acme's widget sales at a record high in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("No."), answer.text


def test_a_record_low_is_not_settled_by_a_record_high(engine: Engine) -> None:
    assert engine.ask("Were Acme's widget sales at a record low in 2019?").status is Status.UNKNOWN


OTHERS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales, sold]}
  - {id: rate, name: defect rate, unit: percent, aliases: [defect rate]}
  - {id: output, name: output, unit: widgets, aliases: [output]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: sales-2021, subject: acme, measure: sales, period: y2021, value: "150 widgets", sentence: 1,
     quote: "Acme sold 150 widgets in 2021, not a record"}
  - {id: rate-2021, subject: acme, measure: rate, period: y2021, value: "4%", sentence: 2,
     quote: "Acme's defect rate was 4% in 2021 while complaints hit a record low"}
  - {id: output-2021, subject: acme, measure: output, period: y2021, value: "900 widgets", sentence: 3,
     quote: "Acme's output reached a record 900 widgets in 2021"}
"""
OTHERS_TEXT = (
    "Acme sold 150 widgets in 2021, not a record.\n"
    "Acme's defect rate was 4% in 2021 while complaints hit a record low.\n"
    "Acme's output reached a record 900 widgets in 2021.\n"
)


def test_a_denied_record_or_another_things_record_settles_nothing(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, OTHERS, OTHERS_TEXT)
    for question in (
        "Were Acme's widget sales a record in 2021?",  # "not a record": denied
        "Was Acme's defect rate a record low in 2021?",  # "while complaints hit a record low": their record
    ):
        answer = engine.ask(question)
        assert not answer.text.startswith(("Yes", "No")), (question, answer.text)
    assert engine.ask("Was Acme's output a record in 2021?").text.startswith("Yes."), "the figure's own record"
