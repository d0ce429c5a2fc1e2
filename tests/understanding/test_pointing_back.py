"""A pronoun pointing back into the conversation is taken up: a reading that borrows nothing for it pays."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RANKS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cato, name: Cato, kind: company, aliases: [Cato]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales]}
  - {id: size-rank, name: size rank, unit: rank, template: "{subject} is the {value}-largest maker",
     aliases: [rank, ranking, largest]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2021"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2021, value: "90 widgets",
     sentence: 2, quote: "Bolt sold 90 widgets and Cato 120 widgets in 2021"}
  - {id: cato-sales, subject: cato, measure: sales, period: y2021, value: "120 widgets",
     sentence: 2, quote: "Bolt sold 90 widgets and Cato 120 widgets in 2021"}
  - {id: bolt-rank, subject: bolt, measure: size-rank, value: second, number: 2,
     sentence: 3, quote: "Bolt and Cato are the second- and third-largest makers"}
  - {id: cato-rank, subject: cato, measure: size-rank, value: third, number: 3,
     sentence: 3, quote: "Bolt and Cato are the second- and third-largest makers"}
"""
RANKS_TEXT = (
    "Acme sold 150 widgets in 2021.\n"
    "Bolt sold 90 widgets and Cato 120 widgets in 2021.\n"
    "Bolt and Cato are the second- and third-largest makers.\n"
)


def test_rank_them_with_others_takes_up_the_conversations_subject(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RANKS, RANKS_TEXT), Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    answer = engine.ask("rank them along with Bolt and Cato", conversation)
    assert answer.status is Status.ANSWERED
    assert answer.text.index("Acme") < answer.text.index("Cato") < answer.text.index("Bolt")


def test_without_a_conversation_the_same_words_read_complete(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RANKS, RANKS_TEXT).ask("rank Bolt and Cato")
    assert answer.status is Status.ANSWERED
    assert "Acme" not in answer.text
