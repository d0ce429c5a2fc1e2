"""A comparison asked downwards names the lower side first: "which is lower?" is answered "X was lower than Y",
never "Y was higher than X"; "which fell less?" names the smaller fall first. Asked upwards, as ever."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
  - {id: sales, name: sales, unit: widgets, aliases: [sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-share, subject: acme, measure: share, period: y2021, value: "30%", sentence: 1,
     quote: "Acme held 30% of the market in 2021"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, value: "25%", sentence: 2, quote: "Bolt held 25%"}
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, change: "-11%", sentence: 3,
     quote: "Acme's sales fell 11% in 2021"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2021, change: "-8%", sentence: 4,
     quote: "Bolt's sales fell 8% in 2021"}
"""
TEXT = (
    "Acme held 30% of the market in 2021.\nBolt held 25%.\n"
    "Acme's sales fell 11% in 2021.\nBolt's sales fell 8% in 2021.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("lower-first"), RECORDS, TEXT)


def test_which_is_lower_names_the_lower_first(engine: Engine) -> None:
    answer = engine.ask("Which had the lower market share in 2021, Acme or Bolt?")
    assert answer.text.startswith("Bolt's market share in 2021 was lower than Acme's"), answer.text


def test_a_follow_up_asking_the_lower_names_it_first(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("What was Acme's market share in 2021?", conversation)
    engine.ask("And Bolt's?", conversation)
    answer = engine.ask("Which is lower?", conversation)
    assert answer.text.startswith("Bolt's market share in 2021 was lower than Acme's"), answer.text


def test_asked_upwards_the_higher_comes_first(engine: Engine) -> None:
    answer = engine.ask("Which had the higher market share in 2021, Acme or Bolt?")
    assert answer.text.startswith("Acme's market share in 2021 was higher than Bolt's"), answer.text


def test_which_fell_less_names_the_smaller_fall_first(engine: Engine) -> None:
    answer = engine.ask("Whose sales fell less in 2021, Acme's or Bolt's?")
    assert answer.text.startswith("Bolt's fall in sales was smaller than Acme's"), answer.text
