"""A share claimed of an amount ("more than 35% of the widgets") is checked against the share the source states
beside the amount ("50 widgets (40% of the market)"), never against the amount: 50 is not "more than 60%" for
being a bigger number. With no share beside the amount, the amount settles nothing."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "In 2021 Acme sold 50 widgets (40% of all widgets sold).\nIn 2021 Bolt sold 30 widgets.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, widgets]}
  - {id: share, name: share of widgets sold, unit: percent, aliases: [share of widgets sold, share]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-s, subject: acme, measure: sales, period: y2021, value: "50", sentence: 1,
     quote: "Acme sold 50 widgets"}
  - {id: acme-p, subject: acme, measure: share, period: y2021, value: 40%, sentence: 1,
     quote: "40% of all widgets sold"}
  - {id: bolt-s, subject: bolt, measure: sales, period: y2021, value: "30", sentence: 2,
     quote: "Bolt sold 30 widgets"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("shares"), RECORDS, TEXT)


def test_a_share_claimed_of_an_amount_is_checked_against_the_share_beside_it(engine: Engine) -> None:
    answer = engine.ask("Were Acme's widgets more than 60% in 2021?")
    assert answer.text.startswith("No.") and "40%" in answer.text, answer.text
    answer = engine.ask("Were Acme's widgets more than 30% in 2021?")
    assert answer.text.startswith("Yes.") and "40%" in answer.text, answer.text


def test_an_amount_with_no_share_beside_it_settles_nothing(engine: Engine) -> None:
    answer = engine.ask("Were Bolt's widgets more than 20% in 2021?")
    assert answer.status is not Status.ANSWERED or not answer.text.startswith(("Yes", "No")), answer.text
