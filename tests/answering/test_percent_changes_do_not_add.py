"""Percent changes are each relative to their own base: two of them never add up to a change of the two."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

DECLINES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: north, name: the North, kind: market, aliases: [North]}
measures:
  - {id: decline, name: decline in sales, unit: percent, is_change: true,
     aliases: [sales decline, decline, declines, fell, fall]}
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-decline, subject: acme, measure: decline, period: y2021, market: north, value: "10%",
     sentence: 1, quote: "Acme's and Bolt's sales fell by 10% and 16% in 2021"}
  - {id: bolt-decline, subject: bolt, measure: decline, period: y2021, market: north, value: "16%",
     sentence: 1, quote: "Acme's and Bolt's sales fell by 10% and 16% in 2021"}
  - {id: acme-share, subject: acme, measure: share, period: y2021, market: north, value: "20%",
     sentence: 2, quote: "Acme and Bolt held 20% and 30% of the market"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, market: north, value: "30%",
     sentence: 2, quote: "Acme and Bolt held 20% and 30% of the market"}
"""
TEXT = (
    "In the North, Acme's and Bolt's sales fell by 10% and 16% in 2021.\n"
    "Acme and Bolt held 20% and 30% of the market.\n"
)


def test_two_percent_declines_are_not_added(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, DECLINES, TEXT).ask("What were Acme and Bolt's sales declines combined?")
    assert answer.status is not Status.ANSWERED
    assert "26%" not in answer.text


def test_shares_of_one_market_still_add(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, DECLINES, TEXT).ask("What was Acme and Bolt's combined market share in 2021?")
    assert answer.status is Status.ANSWERED
    assert "50%" in answer.text
