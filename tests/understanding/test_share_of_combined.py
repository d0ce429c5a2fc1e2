"""A part of a combined share: "what portion of the two companies' combined share was Acme's?" is Acme's share
over the two shares' sum; "the two" counted are the subjects the sources give that share for in that period."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cyan, name: Cyan, kind: company, aliases: [Cyan]}
  - {id: widgets, name: the widget market, kind: market, aliases: [widget market, widgets]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2010, aliases: ["2010"]}
  - {id: y2011, aliases: ["2011"]}
facts:
  - {id: acme-2010, market: widgets, subject: acme, measure: share, period: y2010, value: 60%,
     sentence: 1, quote: "Acme held 60%"}
  - {id: bolt-2010, market: widgets, subject: bolt, measure: share, period: y2010, value: 20%,
     sentence: 1, quote: "Bolt 20%"}
  - {id: acme-2011, market: widgets, subject: acme, measure: share, period: y2011, value: 50%,
     sentence: 2, quote: "Acme held 50%"}
  - {id: bolt-2011, market: widgets, subject: bolt, measure: share, period: y2011, value: 30%,
     sentence: 2, quote: "Bolt 30%"}
  - {id: cyan-2011, market: widgets, subject: cyan, measure: share, period: y2011, value: 10%,
     sentence: 2, quote: "Cyan 10%"}
"""
TEXT = "In 2010, Acme held 60% of the market and Bolt 20%.\nIn 2011, Acme held 50%, Bolt 30% and Cyan 10%.\n"


def test_a_part_of_two_named_subjects_combined_share(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("In 2010, what portion of Acme and Bolt's combined market share belonged to Acme?")
    assert answer.status == "answered" and "75" in answer.text


def test_the_two_counted_are_the_two_the_sources_give_the_share_for(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("In 2010, what portion of the two companies' combined share belonged to Acme?")
    assert answer.status == "answered" and "75" in answer.text


def test_a_count_the_sources_do_not_match_names_no_set(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("In 2011, what portion of the two companies' combined market share belonged to Acme?")
    assert answer.status != "answered"
