"""A statement's keyword phrase holding a general filler ("come from", "the data") is found by it: where a question
says the whole phrase, its fillers weigh, and the statement that lists it explains them."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme sold 120 widgets in 2021.\nThe sales data are collected by a survey of shops.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets",
     sentence: 1, quote: "Acme sold 120 widgets in 2021"}
statements:
  - id: survey
    kind: description
    answer: The sales data are collected by a survey of shops.
    sentence: 2
    quote: "The sales data are collected by a survey of shops."
    keywords: [widget sales data, comes from, come from, source of the data]
"""


def test_a_keyword_phrase_of_fillers_finds_its_statement(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Where does the data come from?")
    assert answer.text.startswith("The sales data are collected by a survey")


def test_a_keyword_phrase_outweighs_a_measure_named_beside_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Where do the widget sales data come from?")
    assert answer.text.startswith("The sales data are collected by a survey")


def test_the_fillers_alone_still_ask_for_the_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were Acme's widget sales in 2021 according to the data?")
    assert "120 widgets" in answer.text
