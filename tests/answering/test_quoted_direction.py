"""A level its sentence says it "fell to" settles a yes/no question asking whether it rose: the one figure found,
quoted with words of one direction only, gives the verdict; a quote telling of both ways does not."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-share, subject: acme, measure: share, period: y2021, value: "14.9%", sentence: 1,
     quote: "Acme's market share fell to 14.9% in 2021"}
  - {id: bolt-share, subject: bolt, measure: share, period: y2021, value: "20%", sentence: 2,
     quote: "Bolt's sales rose while its market share fell to 20% in 2021"}
"""
TEXT = "Acme's market share fell to 14.9% in 2021.\nBolt's sales rose while its market share fell to 20% in 2021.\n"


def test_a_level_quoted_as_a_fall_answers_a_rise_no(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Did Acme gain market share in 2021?").text.startswith("No.")


def test_a_quote_of_both_directions_leaves_it_unsettled(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Did Bolt gain market share in 2021?").status == "unknown"
