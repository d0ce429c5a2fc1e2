"""A name said short ("steel" for "steel mills") means the longer one when only it has the figure asked."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: steel, name: the steel industry, kind: industry, aliases: [steel, steel industry]}
  - {id: steel-mills, name: steel mills, kind: property, aliases: [steel mills]}
  - {id: ruritania, name: Ruritania, kind: country, aliases: [Ruritania]}
measures:
  - {id: jobs, name: jobs, unit: people, aliases: [jobs]}
  - {id: land-share, name: share of land value, unit: percent, aliases: [share of land value, land value]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: steel-jobs, subject: steel, measure: jobs, period: y2021, value: "5,000", sentence: 1,
     quote: "The steel industry employed 5,000 in 2021"}
  - {id: mills-land, subject: steel-mills, measure: land-share, period: y2021, value: "12%", sentence: 2,
     quote: "Steel mills made up 12% of land value in 2021"}
"""
TEXT = "The steel industry employed 5,000 in 2021.\nSteel mills made up 12% of land value in 2021.\n"


def test_a_short_name_means_the_only_subject_of_the_measure_that_it_spells(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("steel share of land value in 2021")
    assert answer.status == "answered"
    assert "12%" in answer.text
