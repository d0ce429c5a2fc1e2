"""The head noun of a kind names it too: "which company" ranges over the "widget company" kind only."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: widget company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: widget company, aliases: [Bolt]}
  - {id: ruritania, name: Ruritania, kind: country, aliases: [Ruritania]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sell, sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets", sentence: 1,
     quote: "Acme sold 150 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets", sentence: 2,
     quote: "Bolt sold 90 widgets in 2021"}
  - {id: ruritania-2021, subject: ruritania, measure: widget-sales, period: y2021, value: "500 widgets",
     sentence: 3, quote: "Ruritania sold 500 widgets in 2021"}
"""
TEXT = "Acme sold 150 widgets in 2021.\nBolt sold 90 widgets in 2021.\nRuritania sold 500 widgets in 2021.\n"


def test_which_with_the_head_noun_of_a_kind_ranges_over_that_kind(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which company sold the most widgets in 2021?")
    assert answer.status == "answered"
    assert answer.text.startswith("Acme")
