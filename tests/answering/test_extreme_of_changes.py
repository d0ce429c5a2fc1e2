"""'The largest drop' or 'the largest increase' of a measure ranks the changes the sources state, not the levels;
changes in percent and in units are never ranked together."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
  - {id: dune, name: Dune, kind: company, aliases: [Dune]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-level, subject: acme, measure: sales, period: y2021, value: "900 widgets", sentence: 1,
     quote: "Acme sold 900 widgets in 2021"}
  - {id: acme-change, subject: acme, measure: sales, period: y2021, since: y2020, change: "-50", sentence: 1,
     quote: "down 50"}
  - {id: bolt-change, subject: bolt, measure: sales, period: y2021, since: y2020, change: "-30%", sentence: 2,
     quote: "Bolt's sales fell 30%"}
  - {id: core-change, subject: core, measure: sales, period: y2021, since: y2020, change: "+20%", sentence: 2,
     quote: "Core's rose 20%"}
  - {id: dune-change, subject: dune, measure: sales, period: y2021, since: y2020, change: "+40%", sentence: 2,
     quote: "Dune's rose 40%"}
"""
TEXT = (
    "Acme sold 900 widgets in 2021, down 50 from 2020.\n"
    "In 2021 Bolt's sales fell 30%, Core's rose 20% and Dune's rose 40%.\n"
)


def test_the_largest_drop_ranks_the_changes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which company had the largest drop in sales?")
    assert answer.status == "answered"
    assert answer.text.startswith("Bolt")


def test_the_largest_increase_ranks_the_changes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which company had the largest increase in sales?")
    assert answer.status == "answered"
    assert answer.text.startswith("Dune")
