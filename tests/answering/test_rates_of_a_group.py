"""A group the sources give no figure of is answered by its members' total only when the figures add up: counted
things do; an average, a rate, money or a percentage asked of the group, without a sum cue, is not their sum."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: duo, name: the Duo group, kind: group, aliases: [Duo, Duo group], members: [acme, bolt]}
measures:
  - {id: wage, name: average hourly wage, unit: dollars, aliases: [average wage, wage]}
  - {id: margin, name: profit margin, unit: percent, aliases: [profit margin, margin]}
  - {id: staff, name: staff, unit: workers, aliases: [staff, workers]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a, subject: acme, measure: wage, period: y2021, value: "$20", sentence: 1,
     quote: "Acme paid an average wage of $20 per hour in 2021"}
  - {id: b, subject: bolt, measure: wage, period: y2021, value: "$25", sentence: 2,
     quote: "Bolt paid an average wage of $25 per hour in 2021"}
  - {id: am, subject: acme, measure: margin, period: y2021, value: "10%", sentence: 3,
     quote: "Acme's profit margin was 10% in 2021"}
  - {id: bm, subject: bolt, measure: margin, period: y2021, value: "12%", sentence: 4,
     quote: "Bolt's profit margin was 12% in 2021"}
  - {id: aw, subject: acme, measure: staff, period: y2021, value: "300 workers", sentence: 5,
     quote: "Acme employed 300 workers in 2021"}
  - {id: bw, subject: bolt, measure: staff, period: y2021, value: "200 workers", sentence: 6,
     quote: "Bolt employed 200 workers in 2021"}
"""
TEXT = (
    "Acme paid an average wage of $20 per hour in 2021.\n"
    "Bolt paid an average wage of $25 per hour in 2021.\n"
    "Acme's profit margin was 10% in 2021.\n"
    "Bolt's profit margin was 12% in 2021.\n"
    "Acme employed 300 workers in 2021.\n"
    "Bolt employed 200 workers in 2021.\n"
)


@pytest.mark.parametrize(
    "question",
    ["What was the Duo group's average wage in 2021?", "What was the Duo group's profit margin in 2021?"],
)
def test_a_rate_of_a_group_is_not_its_members_sum(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status != "answered"
    assert "$45" not in answer.text
    assert "22%" not in answer.text


def test_a_count_of_a_group_is_its_members_total(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the Duo group's staff in 2021?")
    assert answer.status == "answered"
    assert "500" in answer.text


def test_a_sum_cue_asks_the_total_of_any_measure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the Duo group's total average wage in 2021?")
    assert "$45" in answer.text
