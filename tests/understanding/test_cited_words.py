"""A word that the quoted part of a figure's own sentence says is explained by a reading of that figure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: towns, name: the towns, kind: group, aliases: [towns]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: town-count, name: number of towns taking part, unit: towns, aliases: [number of towns, towns]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: towns-2020, subject: towns, measure: town-count, period: y2020, value: "12", sentence: 1,
     quote: "12 towns filed a lawsuit against Acme"}
  - {id: towns-2022, subject: towns, measure: town-count, period: y2022, value: "20", sentence: 2,
     quote: "20 towns continued the lawsuit"}
"""
TEXT = (
    "In 2020, 12 towns filed a lawsuit against Acme, and three judges recused themselves.\n"
    "In 2022, 20 towns continued the lawsuit.\n"
)


def test_words_of_the_figures_quotes_are_explained(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many more towns continued the lawsuit in 2022 than filed it in 2020?")
    assert answer.status == "answered" and "8" in answer.text


def test_words_of_the_sentence_outside_the_quote_are_not(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many towns had judges recused themselves in 2020?")
    assert answer.status != "answered"


def test_a_word_only_a_figures_quote_says_is_no_typo(tmp_path: Path) -> None:
    from factbot.understanding.analysis import analyse

    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert analyse("How many towns filed?", engine.kb).corrections == ()
