"""A statement that something is excluded says it is not counted, and "the numbers" named as data ask no amount."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme sold 120 widgets in 2021.\nThe numbers exclude all second-hand widgets.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets",
     sentence: 1, quote: "Acme sold 120 widgets in 2021"}
statements:
  - id: second-hand
    kind: description
    sentence: 2
    quote: "The numbers exclude all second-hand widgets."
    keywords: [excluded, counted]
"""


def test_counted_is_denied_by_a_statement_of_exclusion(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Are second-hand widgets counted?").text.startswith("No.")
    assert engine.ask("Are second-hand widgets excluded?").text.startswith("Yes.")


def test_the_numbers_named_as_data_reach_a_statement_without_a_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which widgets are excluded from the numbers?")
    assert answer.text.startswith("The numbers exclude all second-hand widgets")
