"""A share word that names a percent measure asks for that measure, not for one figure's share of another."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import FALLING_SHARE, tiny_engine

SHARES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: widgets, name: the widget market, kind: market, aliases: [widget market, widgets]}
measures:
  - {id: market-share, name: market share, unit: percent, aliases: [market share, share]}
facts:
  - {id: acme-share, subject: acme, measure: market-share, market: widgets, value: 60%, sentence: 1,
     quote: "Acme holds 60% of the widget market"}
  - {id: bolt-share, subject: bolt, measure: market-share, market: widgets, value: 25%, sentence: 1,
     quote: "Bolt 25%"}
"""
TEXT = "Acme holds 60% of the widget market and Bolt 25%.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("shares"), SHARES, TEXT)


def test_combined_share_named_by_the_share_word_is_a_sum(engine: Engine) -> None:
    answer = engine.ask("Combined, what share of the widget market did Acme and Bolt hold?")
    assert answer.status == "answered"
    assert "85%" in answer.text
    assert "points" not in answer.text


@pytest.mark.parametrize("question", ["How much market share did Acme lose?", "Did Acme lose market share?"])
def test_losing_asks_for_the_change(tmp_path_factory: pytest.TempPathFactory, question: str) -> None:
    engine = tiny_engine(
        tmp_path_factory.mktemp("falling"), FALLING_SHARE, "Acme held 60% of the market in 2020 and 45% in 2021.\n"
    )
    answer = engine.ask(question)
    assert answer.status == "answered"
    assert "fell by 15.0 percentage points" in answer.text


LOSSES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: net-loss, name: net loss, unit: US dollars, aliases: [net loss, loss, losses, lost]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a20, subject: acme, measure: net-loss, period: y2020, value: $5 million, sentence: 1,
     quote: "Acme lost $5 million in 2020"}
  - {id: a21, subject: acme, measure: net-loss, period: y2021, value: $8 million, sentence: 1,
     quote: "$8 million in 2021"}
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [("How much did Acme lose in 2021?", "$8 million."), ("Did Acme lose more than $6 million in 2021?", "Yes.")],
)
def test_a_word_of_change_that_names_the_measure_asks_no_change(
    tmp_path_factory: pytest.TempPathFactory, question: str, expected: str
) -> None:
    text = "Acme lost $5 million in 2020 and $8 million in 2021.\n"
    engine = tiny_engine(tmp_path_factory.mktemp("losses"), LOSSES, text)
    answer = engine.ask(question)
    assert expected in answer.text
    assert "rose" not in answer.text
