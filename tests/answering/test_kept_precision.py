"""A difference keeps the precision of its operands: 9.85% − 8.16% is 1.69 points, never "1.7"; a revision of
0.01 points is never "0.0"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from factbot.knowledge.numbers import format_amount, format_points
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-share, subject: acme, measure: share, period: y2021, value: "9.85%", sentence: 1,
     quote: "Acme held 9.85% of the market in 2021"}
  - {id: acme-share-2020, subject: acme, measure: share, period: y2020, value: "9.84%", sentence: 3,
     quote: "Acme held 9.84% in 2020"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, value: "8.16%", sentence: 2,
     quote: "Bolt held 8.16%"}
"""
TEXT = "Acme held 9.85% of the market in 2021.\nBolt held 8.16%.\nAcme held 9.84% in 2020.\n"


def test_a_gap_keeps_the_operands_decimals(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What is the gap between Acme's and Bolt's market share in 2021?")
    assert answer.status == "answered"
    assert "9.85% − 8.16% = 1.69 percentage points" in answer.working


def test_a_small_change_is_not_rounded_away(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How did Acme's market share change from 2020 to 2021?")
    assert answer.status == "answered"
    assert "0.01 percentage points" in answer.text and "0.0 percentage" not in answer.text


def test_computed_figures_keep_their_own_decimals_up_to_a_limit() -> None:
    assert format_points(Decimal("1.69")) == "1.69 percentage points"
    assert format_points(Decimal("5")) == "5.0 percentage points"
    assert format_amount(Decimal("2.35") - Decimal("1.12")) == "1.23"
    assert format_points(Decimal(2) / Decimal(3)) == "0.667 percentage points"
