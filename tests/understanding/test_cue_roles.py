"""Words with two roles: a cue that is also an attribution ("per"), a comparative inside a ratio cue ("how many
times bigger"), and an amount opener that is a word of a name ("property value")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("cue-roles"))


def test_per_before_a_name_may_ask_a_ratio_rather_than_say_who_reported(engine: Engine) -> None:
    answer = engine.ask("How many Acme widget sales were there per Bolt widget sale in 2021?")
    assert answer.status == "answered"
    assert "1.67" in answer.text


def test_a_comparative_after_how_many_times_belongs_to_the_ratio(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("How many widgets did Acme sell in 2020?", conversation)
    engine.ask("And in 2021?", conversation)
    answer = engine.ask("How many times bigger is that?", conversation)
    assert answer.status == "answered"
    assert "1.25" in answer.text


VALUES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: land-value, name: land value, unit: US dollars, aliases: [land value]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: v2020, subject: acme, measure: land-value, period: y2020, value: "$10 million", sentence: 1,
     quote: "$10 million in 2020"}
  - {id: v2021, subject: acme, measure: land-value, period: y2021, value: "$8 million", sentence: 1,
     quote: "$8 million in 2021"}
"""


def test_an_amount_word_inside_a_name_asks_no_amount(tmp_path: Path) -> None:
    text = "Acme's land was worth $10 million in 2020 and $8 million in 2021.\n"
    answer = tiny_engine(tmp_path, VALUES, text).ask("Was Acme's land value larger in 2021 than in 2020?")
    assert answer.status == "answered"
    assert answer.text.startswith("No")
