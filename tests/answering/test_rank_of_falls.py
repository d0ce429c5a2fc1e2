"""A rank asked of falls ("rank them by their decline") when every figure is a fall: the largest fall first.
Falls among rises are still not ranked."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-change, subject: acme, measure: sales, period: y2021, since: y2020, change: "-10%", sentence: 1,
     quote: "Acme's sales fell 10%"}
  - {id: bolt-change, subject: bolt, measure: sales, period: y2021, since: y2020, change: "-30%", sentence: 1,
     quote: "Bolt's fell 30%"}
  - {id: core-change, subject: core, measure: sales, period: y2021, since: y2020, change: "+20%", sentence: 1,
     quote: "Core's rose 20%"}
"""
TEXT = "In 2021 Acme's sales fell 10%, Bolt's fell 30% and Core's rose 20%.\n"


def test_falls_are_ranked_largest_first(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Rank Acme and Bolt by their decline in sales")
    assert answer.status == "answered"
    assert answer.text.index("Bolt") < answer.text.index("Acme")


def test_falls_among_rises_are_not_ranked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Rank Acme, Bolt and Core by their decline in sales")
    assert answer.status != "answered"
