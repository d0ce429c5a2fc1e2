"""A month named with no year that the knowledge holds in two years is a period it cannot pick: never skipped."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = (
    "Acme sold 10 widgets in January 2023, 20 in February 2023 and 30 in March 2023.\n"
    "Bolt sold 5 widgets in February 2020 and 7 in March 2023.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales]}
periods:
  - {id: m2023-01, aliases: ["January 2023"]}
  - {id: m2023-02, aliases: ["February 2023"]}
  - {id: m2023-03, aliases: ["March 2023"]}
  - {id: m2020-02, aliases: ["February 2020"]}
facts:
  - {id: a1, subject: acme, measure: sales, period: m2023-01, value: "10", sentence: 1,
      quote: "10 widgets in January 2023"}
  - {id: a2, subject: acme, measure: sales, period: m2023-02, value: "20", sentence: 1, quote: "20 in February 2023"}
  - {id: a3, subject: acme, measure: sales, period: m2023-03, value: "30", sentence: 1, quote: "30 in March 2023"}
  - {id: b1, subject: bolt, measure: sales, period: m2020-02, value: "5", sentence: 2,
      quote: "5 widgets in February 2020"}
  - {id: b2, subject: bolt, measure: sales, period: m2023-03, value: "7", sentence: 2, quote: "7 in March 2023"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("months"), RECORDS, TEXT)


def test_a_month_held_in_two_years_gives_no_other_months_figure(engine: Engine) -> None:
    answer = engine.ask("How many widgets did Bolt sell in February?")
    assert answer.status != "answered" or ("5 widgets" in answer.text and "7 widgets" not in answer.text)


def test_a_total_over_named_months_leaves_none_out(engine: Engine) -> None:
    answer = engine.ask("Acme's total widget sales for January, February and March combined")
    assert "40" not in answer.text  # January and March alone
    assert answer.status != "answered" or "60" in answer.text


def test_a_month_held_once_is_still_that_month(engine: Engine) -> None:
    assert "30" in engine.ask("How many widgets did Acme sell in March?").text
