"""A place pronoun ("there") names the market the conversation was last about; beside "be" it names none."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: peru, name: Peru, kind: country, aliases: [Peru]}
  - {id: chile, name: Chile, kind: country, aliases: [Chile]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales, sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-share, subject: acme, measure: share, market: peru, period: y2021, value: 30%, sentence: 1,
     quote: "Acme held 30% of the market in Peru in 2021"}
  - {id: acme-peru, subject: acme, measure: sales, market: peru, period: y2021, value: "40", sentence: 2,
     quote: "Acme sold 40 widgets in Peru"}
  - {id: acme-chile, subject: acme, measure: sales, market: chile, period: y2021, value: "90", sentence: 2,
     quote: "90 in Chile"}
"""
TEXT = "Acme held 30% of the market in Peru in 2021.\nIn 2021 Acme sold 40 widgets in Peru and 90 in Chile.\n"


@pytest.fixture
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("there"), RECORDS, TEXT)


def test_there_is_the_market_last_asked_about(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("What was Acme's market share in Peru in 2021?", conversation)
    answer = engine.ask("How many widgets did Acme sell there in 2021?", conversation)
    assert answer.status == "answered"
    assert "40" in answer.text and "90" not in answer.text


def test_there_beside_be_says_something_exists(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("What was Acme's market share in Peru in 2021?", conversation)
    answer = engine.ask("Were there widget sales by Acme in Chile in 2021?", conversation)
    assert "Peru" not in answer.text
