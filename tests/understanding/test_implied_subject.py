"""A measure named with no subject: the only subject it has, or the whole its other subjects are parts of."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: market, name: the whole market, kind: market, aliases: [whole market, market], members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold]}
facts:
  - {id: market-sales, subject: market, measure: sales, value: "300 widgets", sentence: 1,
     quote: "300 widgets were sold"}
  - {id: acme-sales, subject: acme, measure: sales, value: "200", sentence: 1, quote: "200 by Acme"}
  - {id: bolt-sales, subject: bolt, measure: sales, value: "100", sentence: 1, quote: "100 by Bolt"}
"""
TEXT = "In all, 300 widgets were sold: 200 by Acme and 100 by Bolt.\n"


def test_a_measure_named_alone_is_the_wholes_when_the_others_are_its_parts(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many widgets were sold?")
    assert answer.status == "answered" and "300" in answer.text and "200" not in answer.text


def test_without_a_whole_a_measure_named_alone_names_no_one(tmp_path: Path) -> None:
    records = RECORDS.replace(", members: [acme, bolt]", "")
    answer = tiny_engine(tmp_path, records, TEXT).ask("How many widgets were sold?")
    assert answer.status != "answered"
