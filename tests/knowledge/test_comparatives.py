"""A measure's own comparative (`higher_word`) asks what "higher" asks, and its superlative what "highest" asks."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "In 2021 Acme grew 5 percent and Bolt grew 3 percent.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: growth, name: growth, unit: percent, higher_word: faster, aliases: [growth, grew, grow]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-growth, subject: acme, measure: growth, period: y2021, value: 5 percent, sentence: 1,
     quote: "Acme grew 5 percent"}
  - {id: bolt-growth, subject: bolt, measure: growth, period: y2021, value: 3 percent, sentence: 1,
     quote: "Bolt grew 3 percent"}
"""


def test_the_comparative_compares(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Did Bolt grow faster than Acme in 2021?").text.startswith("No")
    assert engine.ask("Did Acme grow faster than Bolt in 2021?").text.startswith("Yes")


def test_the_superlative_asks_the_highest(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which company grew fastest in 2021?")
    assert answer.status == "answered" and answer.text.startswith("Acme")
