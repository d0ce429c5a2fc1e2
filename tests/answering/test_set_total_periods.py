"""A total of several subjects' figures is read in one period: a question naming two periods asks something else."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme sold 120 widgets in 2020 and 150 widgets in 2021.\nBolt sold 80 widgets in 2020 and 90 widgets in 2021.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: makers, name: the widget makers, kind: group, aliases: [widget makers], members: [acme, bolt]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, widgets]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: widget-sales, period: y2020, value: "120 widgets", sentence: 1,
     quote: "Acme sold 120 widgets in 2020"}
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets", sentence: 1,
     quote: "150 widgets in 2021"}
  - {id: bolt-2020, subject: bolt, measure: widget-sales, period: y2020, value: "80 widgets", sentence: 2,
     quote: "Bolt sold 80 widgets in 2020"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets", sentence: 2,
     quote: "90 widgets in 2021"}
"""


def test_a_total_of_the_members_in_one_period_is_given(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the total of the widget makers' widget sales in 2020?")
    assert answer.status == "answered" and "200" in answer.text, answer.text


def test_a_total_of_the_members_is_no_answer_for_two_periods(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "What was the total of the widget makers' widget sales in 2020 and 2021?"
    )
    assert answer.status != "answered", answer.text  # not 200, the total of 2020 alone
