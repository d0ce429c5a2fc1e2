"""A measure named for how far a level stands above a reference settles "was it above?" by its figure's sign."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: town, aliases: [Acme]}
measures:
  - {id: rain-anomaly, name: rainfall above the long-term average, unit: inches,
     aliases: [rainfall above the long-term average, rainfall departure]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-2020, subject: acme, measure: rain-anomaly, period: y2020, value: "2.3 inches", sentence: 1,
     quote: "Acme's rainfall was 2.3 inches above the long-term average in 2020"}
"""
TEXT = "Acme's rainfall was 2.3 inches above the long-term average in 2020.\n"


def test_above_is_settled_by_the_sign(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Was Acme's rainfall above the long-term average in 2020?").text.startswith("Yes")
