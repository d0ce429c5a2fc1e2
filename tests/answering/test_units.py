"""A figure asked in another unit of its kind ("in metric tons") is converted through the lexicon's unit sizes,
the source's own unit ("a crate of 20 kilograms") added in its YAML."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme shipped 5,000 crates (20 kilograms) in 2021.\n"

RECORDS = """
lexicon:
  unit_sizes: {crate: "20 kilograms", crates: "20 kilograms"}
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: shipments, name: shipments, unit: crates, aliases: [shipments, shipped]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: shipments, period: y2021, value: "5,000",
     sentence: 1, quote: "Acme shipped 5,000 crates (20 kilograms) in 2021"}
"""


def test_a_figure_is_given_in_the_unit_asked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many metric tons did Acme ship in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "100 metric tons" in answer.text, answer.text


def test_a_unit_of_another_kind_is_not_converted(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many litres did Acme ship in 2021?")
    assert "In litres" not in answer.text
