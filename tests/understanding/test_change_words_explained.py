"""A word of change is explained by a reading over stated changes going that way ("how many times bigger was
Dune's increase than Core's"), never by changes going the other way."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
  - {id: dune, name: Dune, kind: company, aliases: [Dune]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: bolt-change, subject: bolt, measure: sales, period: y2021, since: y2020, change: "-30%", sentence: 1,
     quote: "Bolt's sales fell 30%"}
  - {id: core-change, subject: core, measure: sales, period: y2021, since: y2020, change: "+20%", sentence: 1,
     quote: "Core's rose 20%"}
  - {id: dune-change, subject: dune, measure: sales, period: y2021, since: y2020, change: "+40%", sentence: 1,
     quote: "Dune's rose 40%"}
"""
TEXT = "In 2021 Bolt's sales fell 30%, Core's rose 20% and Dune's rose 40%.\n"


def test_an_increase_is_read_over_rises(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many times bigger was Dune's increase in sales than Core's?")
    assert answer.status == "answered"
    assert "2" in answer.text


def test_an_increase_is_not_read_over_a_fall(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many times bigger was Dune's increase in sales than Bolt's?")
    assert answer.status != "answered"
