"""A difference or change of percentages is given in points: "percentage points" is that reading's, no measure's."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: decline, name: decline in sales, unit: percent, is_change: true, aliases: [sales decline, fall in sales]}
  - {id: share, name: market share, unit: percent, aliases: [market share, percentage]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-fall, subject: acme, measure: decline, period: y2021, value: 12%, sentence: 1, quote: "12%"}
  - {id: bolt-fall, subject: bolt, measure: decline, period: y2021, value: 5%, sentence: 1, quote: "5%"}
  - {id: acme-share, subject: acme, measure: share, period: y2021, value: 40%, sentence: 2, quote: "40%"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, value: 30%, sentence: 2, quote: "30%"}
"""
TEXT = "In 2021 sales fell 12% at Acme and 5% at Bolt.\nAcme held 40% of the market and Bolt 30%.\n"


def test_percentage_points_are_explained_by_a_difference_of_percentages(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("What's the gap in percentage points between the fall in sales at Acme and Bolt in 2021?")
    assert answer.status == "answered"
    assert "7" in answer.text and "10" not in answer.text
