"""A measure of changes ("capacity added") summed over periods: its figures are the rises asked, even when all
of them are positive, so "how much was added in H1 and H2 in total" adds them."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme added 16 gigawatts of capacity in 2024.\nIt plans to add 35 gigawatts in 2025.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme], is_whole: true}
measures:
  - {id: added, name: capacity added, unit: gigawatts, is_change: true, aliases: [capacity added, added, add]}
periods:
  - {id: y2024, aliases: ["2024"]}
  - {id: y2025, aliases: ["2025"]}
facts:
  - {id: acme-2024, subject: acme, measure: added, period: y2024, value: "+16", sentence: 1,
     quote: "Acme added 16 gigawatts of capacity in 2024"}
  - {id: acme-2025, subject: acme, measure: added, period: y2025, value: "+35", basis: plan, sentence: 2,
     quote: "It plans to add 35 gigawatts in 2025"}
"""


def test_a_total_of_a_measure_of_changes_over_periods_adds_them(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What is the total capacity added in 2024 and 2025?")
    assert answer.status == "answered" and "51" in answer.text, answer.text


def test_a_total_says_which_of_its_figures_is_a_plan(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What is the total capacity added in 2024 and 2025?")
    assert "35 is a plan; the other figures are not" in answer.text, answer.text
