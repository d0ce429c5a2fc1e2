"""A share asked of one part, with no whole named, is of the one group that lists it and has the figure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia], members: [floods, storms]}
  - {id: floods, name: floods, kind: disaster type, aliases: [floods]}
  - {id: storms, name: storms, kind: disaster type, aliases: [storms]}
measures:
  - {id: count, name: number of disasters, unit: events, aliases: [disasters]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: land-count, subject: land, measure: count, period: y2020, value: "4", sentence: 1,
     quote: "Freedonia had 4 disasters in 2020"}
  - {id: floods-count, subject: floods, measure: count, period: y2020, value: "three", sentence: 1,
     quote: "three floods"}
  - {id: storms-count, subject: storms, measure: count, period: y2020, value: "one", sentence: 1, quote: "one storm"}
"""
TEXT = "Freedonia had 4 disasters in 2020: three floods and one storm.\n"


def test_a_share_of_a_part_is_of_its_whole(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What share of the 2020 disasters were floods?")
    assert answer.status == "answered" and "75%" in answer.text


COSTS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia]}
  - {id: storm, name: Storm Xena, kind: storm, aliases: [Xena]}
measures:
  - {id: cost, name: cost of disasters, unit: US dollars, aliases: [cost, damage]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: land-cost, subject: land, measure: cost, period: y2020, value: "$10 billion", sentence: 1,
     quote: "Freedonia's disasters cost $10 billion in 2020"}
  - {id: storm-cost, subject: storm, measure: cost, period: y2020, value: "$8 billion", sentence: 2,
     quote: "Xena alone caused $8 billion of damage"}
"""
COSTS_TEXT = "Freedonia's disasters cost $10 billion in 2020.\nXena alone caused $8 billion of damage.\n"


def test_a_whole_named_by_its_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, COSTS, COSTS_TEXT).ask("What percentage of the $10 billion came from Xena?")
    assert answer.status == "answered" and "80%" in answer.text
