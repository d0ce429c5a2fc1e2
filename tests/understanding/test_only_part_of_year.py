"""A bare year is read as the one period inside it that holds figures of what is asked ("sales 2025" of a
source giving only the first half of 2025); with two such periods, the year picks neither."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: h1-2025, aliases: ["first half of 2025"]}
  - {id: h2-2025, aliases: ["second half of 2025"]}
facts:
  - {id: acme-h1, subject: acme, measure: sales, period: h1-2025, value: "120 widgets", sentence: 1,
     quote: "Acme sold 120 widgets in the first half of 2025"}
  - {id: bolt-h1, subject: bolt, measure: sales, period: h1-2025, value: "90 widgets", sentence: 2,
     quote: "Bolt sold 90 widgets in the first half of 2025"}
  - {id: bolt-h2, subject: bolt, measure: sales, period: h2-2025, value: "95 widgets", sentence: 2,
     quote: "95 widgets in the second half"}
"""
TEXT = (
    "Acme sold 120 widgets in the first half of 2025.\n"
    "Bolt sold 90 widgets in the first half of 2025 and 95 widgets in the second half.\n"
)


def test_a_year_finds_its_only_part(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Acme sales 2025")
    assert answer.status == "answered"
    assert "120" in answer.text
    assert "first half of 2025" in answer.text


def test_a_year_with_two_parts_picks_neither(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were Bolt's sales in 2025?")
    assert not ("90" in answer.text and "95" not in answer.text)
