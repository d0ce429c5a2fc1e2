"""An initialism is one word, dotted or not: "U.S." and "US" name the same thing, and "us" does not."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: us, name: the United States, kind: country, aliases: [U.S., contiguous U.S.]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: us-sales, subject: us, measure: sales, period: y2020, value: "300 widgets", sentence: 1,
     quote: "300 widgets were sold in the contiguous U.S. in 2020"}
  - {id: acme-sales, subject: acme, measure: sales, period: y2020, value: "200 widgets", sentence: 2,
     quote: "Acme sold 200 widgets in 2020"}
"""
TEXT = "In all, 300 widgets were sold in the contiguous U.S. in 2020.\nAcme sold 200 widgets in 2020.\n"


def test_an_undotted_initialism_names_what_the_dotted_alias_names(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many widgets were sold in the contiguous US in 2020?")
    assert answer.status == "answered" and "300" in answer.text


def test_a_dotted_initialism_names_what_the_undotted_alias_names(tmp_path: Path) -> None:
    records = RECORDS.replace("[U.S., contiguous U.S.]", "[US]")
    answer = tiny_engine(tmp_path, records, TEXT).ask("How many widgets were sold in the U.S. in 2020?")
    assert answer.status == "answered" and "300" in answer.text


def test_the_pronoun_is_not_the_initialism(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    analysis_words = engine.kb.normaliser.words("U.S.")
    assert analysis_words == engine.kb.normaliser.words("US")
    answer = engine.ask("Can you tell us how many widgets Acme sold in 2020?")
    assert answer.status == "answered" and "200" in answer.text and "300" not in answer.text
