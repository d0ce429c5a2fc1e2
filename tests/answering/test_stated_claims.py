"""A statement put as a question is a claim checked yes or no; a rank stated "on record" is checked as that rank."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold]}
  - {id: sales-rank, name: rank among the best years, unit: rank, aliases: [best year, best years]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-2020, subject: acme, measure: sales, period: y2020, value: "120 widgets", sentence: 1,
     quote: "Acme sold 120 widgets in 2020"}
  - {id: acme-rank, subject: acme, measure: sales-rank, period: y2020, value: "20th", sentence: 2,
     quote: "2020 was Acme's 20th best year on record"}
"""
TEXT = "Acme sold 120 widgets in 2020.\n2020 was Acme's 20th best year on record.\n"


def test_a_stated_figure_is_checked(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Acme's widget sales were 120 in 2020.").text.startswith("Yes")
    assert engine.ask("Acme's widget sales were 150 in 2020.").text.startswith("No")


def test_words_without_a_verb_are_a_look_up(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Acme widget sales 2020")
    assert answer.status == "answered" and answer.text.startswith("Acme")


def test_a_rank_on_record_is_the_rank_stated(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Was 2020 Acme's 20th best year on record?").text.startswith("Yes")
    assert engine.ask("2020 was Acme's 20th best year on record.").text.startswith("Yes")
    assert engine.ask("Was 2020 Acme's 19th best year on record?").text.startswith("No")


def test_a_question_with_an_instruction_after_it_is_no_claim(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many widgets were sold by Acme in 2020? Be exact.")
    assert answer.status == "answered" and answer.text.startswith("Acme")
