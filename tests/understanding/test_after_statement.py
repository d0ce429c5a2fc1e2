"""A pronoun after an answer from a statement points at the one entity the statement involves that has figures
for what the follow-up asks."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: jane, name: Jane Doe, kind: person, aliases: [Jane Doe]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sell]}
  - {id: market-share, name: share of the widget market, unit: percent,
     aliases: [share of the widget market, widget market]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets",
     sentence: 2, quote: "Bolt sold 90 widgets in 2021"}
  - {id: acme-share, subject: acme, measure: market-share, period: y2021, value: "40%",
     sentence: 3, quote: "Acme held 40% of the widget market in 2021"}
  - {id: bolt-share, subject: bolt, measure: market-share, period: y2021, value: "25%",
     sentence: 4, quote: "Bolt held 25% of the widget market in 2021"}
statements:
  - id: founded
    kind: agent
    about: [acme, jane]
    people: [jane]
    sentence: 5
    quote: "Acme was founded by Jane Doe."
"""
TEXT = (
    "Acme sold 150 widgets in 2021.\nBolt sold 90 widgets in 2021.\nAcme held 40% of the widget market in 2021.\n"
    "Bolt held 25% of the widget market in 2021.\nAcme was founded by Jane Doe.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("after-statement"), RECORDS, TEXT)


def test_a_pronoun_after_a_statement_borrows_the_entity_it_involves(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("Who founded Acme?", conversation)
    answer = engine.ask("How many widgets did they sell in 2021?", conversation)
    assert answer.status == "answered"
    assert "150" in answer.text


def test_a_borrowed_percent_measure_accounts_for_the_share_words(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("Who founded Acme?", conversation)
    answer = engine.ask("What share of the widget market did they hold in 2021?", conversation)
    assert answer.status == "answered"
    assert "40%" in answer.text
