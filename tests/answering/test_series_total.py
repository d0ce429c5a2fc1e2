"""A total of one subject over the periods a question names: amounts add up over time, shares and ranks do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("series-total"))


def test_amounts_of_two_named_periods_add_up(engine: Engine) -> None:
    answer = engine.ask("What were Acme's widget sales in 2020 and 2021 combined?")
    assert answer.status == "answered"
    assert "120 widgets + 150 widgets = 270" in " ".join(answer.working)


def test_a_follow_up_totals_the_periods_of_the_conversation(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("How many widgets did Acme sell in 2020?", conversation)
    engine.ask("And in 2021?", conversation)
    answer = engine.ask("How much is that combined?", conversation)
    assert answer.status == "answered"
    assert "270" in answer.text


def test_a_total_of_one_period_is_that_periods_figure(engine: Engine) -> None:
    answer = engine.ask("What were Acme's total widget sales in 2021?")
    assert answer.status == "answered"
    assert "150" in answer.text


SHARES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: s2020, subject: acme, measure: share, period: y2020, value: "10%", sentence: 1, quote: "10% in 2020"}
  - {id: s2021, subject: acme, measure: share, period: y2021, value: "20%", sentence: 1, quote: "20% in 2021"}
"""


def test_shares_of_two_periods_are_never_added(tmp_path: Path) -> None:
    text = "Acme held 10% in 2020 and 20% in 2021.\n"
    answer = tiny_engine(tmp_path, SHARES, text).ask("What was Acme's market share in 2020 and 2021 combined?")
    assert "30%" not in answer.text
