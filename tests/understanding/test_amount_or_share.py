"""A word that names an amount and a percentage alike ("billed"): "how much" without a share word asks the amount."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: bills, name: tax bills, unit: US dollars, aliases: [tax bills, billed]}
  - {id: bill-share, name: share of all tax bills, unit: percent, aliases: [share of all tax bills, billed]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-bills, subject: acme, measure: bills, period: y2021, value: "$40 million", sentence: 1,
     quote: "Acme was billed $40 million in 2021"}
  - {id: acme-share, subject: acme, measure: bill-share, period: y2021, value: "8%", sentence: 1,
     quote: "8% of all tax bills"}
"""
TEXT = "Acme was billed $40 million in 2021, 8% of all tax bills.\n"


def test_how_much_without_a_share_word_asks_the_amount(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much was Acme billed in 2021?")
    assert answer.status == "answered"
    assert "$40 million" in answer.text
