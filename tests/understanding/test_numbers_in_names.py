"""Digits that are part of a name ("the top 100 widget makers") belong to the name, not to a figure or a cue;
and a question asking a share is not answered by an amount alone."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: maker-rank, name: rank among the top 100 widget makers, unit: rank,
     aliases: [rank among the top 100 widget makers, among the top 100 widget makers, rank]}
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sell]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-rank, subject: acme, measure: maker-rank, value: ninth, number: 9, sentence: 1,
     quote: "Acme ranked ninth among the top 100 widget makers"}
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets",
     sentence: 2, quote: "Acme sold 150 widgets in 2021"}
"""
TEXT = "Acme ranked ninth among the top 100 widget makers.\nAcme sold 150 widgets in 2021.\n"


def test_digits_inside_an_alias_are_part_of_the_name(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Where does Acme rank among the top 100 widget makers?")
    assert answer.status == "answered"
    assert "ninth" in answer.text


def test_an_amount_does_not_answer_a_question_that_also_asks_a_share(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many widgets did Acme sell in 2021, and what share of its sales was that?")
    assert answer.status != "answered"
