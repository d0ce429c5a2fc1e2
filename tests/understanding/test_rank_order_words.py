"""Superlatives that state the order a rank gives ("from biggest to smallest", "biggest first") are explained by
the rank; the other order ("from smallest to biggest") is not the one it gives, and is not answered as it."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
measures:
  - {id: decline, name: decline in sales, unit: percent, is_change: true, aliases: [sales decline, decline, drop]}
periods:
  - {id: y2023, aliases: ["2023"]}
facts:
  - {id: acme-fall, subject: acme, measure: decline, period: y2023, value: "1.7%", sentence: 1,
     quote: "Acme's sales fell 1.7% in 2023"}
  - {id: bolt-fall, subject: bolt, measure: decline, period: y2023, value: "16.1%", sentence: 2,
     quote: "Bolt's sales fell 16.1% in 2023"}
  - {id: core-fall, subject: core, measure: decline, period: y2023, value: "10.1%", sentence: 3,
     quote: "Core's sales fell 10.1% in 2023"}
"""
TEXT = "Acme's sales fell 1.7% in 2023.\nBolt's sales fell 16.1% in 2023.\nCore's sales fell 10.1% in 2023.\n"


def test_rank_them_from_biggest_to_smallest(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What was the sales decline of Acme, Bolt and Core in 2023?", conversation)
    answer = engine.ask("Rank them from biggest drop to smallest", conversation)
    assert answer.status == "answered"
    assert answer.text.index("Bolt") < answer.text.index("Core") < answer.text.index("Acme")


def test_rank_them_from_smallest_to_biggest_is_not_answered_highest_first(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What was the sales decline of Acme, Bolt and Core in 2023?", conversation)
    assert engine.ask("Rank them from smallest drop to biggest", conversation).status != "answered"
