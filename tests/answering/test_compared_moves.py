"""A comparison of how two subjects moved ("did X grow faster than Y?") compares their changes, not their levels."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme sold 500 widgets in 2021, up 2 percent.\nBolt sold 90 widgets in 2021, up 8 percent.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales, sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: sales, period: y2021, value: "500", sentence: 1,
     quote: "Acme sold 500 widgets in 2021"}
  - {id: acme-change, subject: acme, measure: sales, period: y2021, change: +2 percent, sentence: 1,
     quote: "Acme sold 500 widgets in 2021, up 2 percent"}
  - {id: bolt-2021, subject: bolt, measure: sales, period: y2021, value: "90", sentence: 2,
     quote: "Bolt sold 90 widgets in 2021"}
  - {id: bolt-change, subject: bolt, measure: sales, period: y2021, change: +8 percent, sentence: 2,
     quote: "Bolt sold 90 widgets in 2021, up 8 percent"}
"""


def test_grew_faster_compares_the_changes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Acme's sales grow faster than Bolt's in 2021?")
    assert answer.text.startswith("No")
    assert "8 percent" in answer.text and "2 percent" in answer.text


def test_rose_more_compares_the_changes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Bolt's sales rise more than Acme's in 2021?")
    assert answer.text.startswith("Yes")


def test_a_plain_comparison_still_compares_the_levels(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Acme sell more widgets than Bolt in 2021?")
    assert answer.text.startswith("Yes") and "500" in answer.text


def test_without_both_changes_how_they_moved_is_not_said(tmp_path: Path) -> None:
    """Bolt's change unstated: the levels say which is larger, not which grew faster, so no verdict is given."""
    records = "\n".join(line for line in RECORDS.splitlines() if "bolt-change" not in line and "up 8" not in line)
    answer = tiny_engine(tmp_path, records, TEXT).ask("Did Acme's widget sales grow faster than Bolt's in 2021?")
    assert answer.status != "answered" and not answer.text.startswith(("Yes", "No"))
