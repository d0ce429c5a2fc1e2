"""A figure asked of a period the sources give none for is unknown, even when a statement names that period
("the highest since 2015" says nothing of 2015's figure)."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme sold 150 widgets in 2021.\nAcme's 2021 widget sales were the highest since 2015.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: sales, period: y2021, value: "150", sentence: 1,
     quote: "Acme sold 150 widgets in 2021"}
statements:
  - {id: highest-since, kind: description, sentence: 2, about: [acme],
     quote: "Acme's 2021 widget sales were the highest since 2015.",
     answer: "Acme's 2021 widget sales were the highest since 2015.", keywords: [widget sales, since 2015]}
"""


def test_a_figure_of_a_year_the_sources_do_not_give_is_unknown(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were Acme's widget sales in 2015?")
    assert answer.status == "unknown", answer.text


def test_the_statement_still_answers_what_it_says(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Were Acme's 2021 widget sales the highest since 2015?")
    assert answer.status == "answered" and answer.text.startswith("Yes"), answer.text
