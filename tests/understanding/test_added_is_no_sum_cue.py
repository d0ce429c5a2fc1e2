""" "added" alone is the verb of a clause ("which company added 30 jobs?"), not a request to add figures up;
"added up" and "added together" are."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme added 20 jobs in 2021.\nBolt added 30 jobs in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: jobs, name: jobs added, unit: jobs, aliases: [jobs, added], is_change: true}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: jobs, period: y2021, value: "+20", sentence: 1, quote: "Acme added 20 jobs"}
  - {id: bolt-2021, subject: bolt, measure: jobs, period: y2021, value: "+30", sentence: 2, quote: "Bolt added 30 jobs"}
"""


def test_which_subject_added_a_figure_is_a_lookup_by_value(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which company added 30 jobs in 2021?")
    assert answer.status == "answered" and "Bolt" in answer.text and "50" not in answer.text, answer.text


def test_added_together_still_asks_a_sum(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Acme's and Bolt's jobs in 2021 added together?")
    assert answer.status == "answered" and "50" in answer.text, answer.text


def test_add_opening_the_question_asks_a_sum(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Add Acme's and Bolt's jobs in 2021")
    assert answer.status == "answered" and "50" in answer.text, answer.text
