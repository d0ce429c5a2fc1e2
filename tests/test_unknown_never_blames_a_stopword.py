"""The unknown message names the words the sources don't cover, never a stopword ("the"): blaming "the" tells
the user nothing about what to ask instead."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: the land, kind: country, aliases: [the land, the nation]}
  - {id: elm, name: Elm, kind: region, aliases: [Elm]}
measures:
  - {id: crashes, name: crashes, unit: crashes, aliases: [crashes]}
periods:
  - {id: h1, aliases: ["first half of 2025"]}
facts:
  - {id: land-crashes, subject: land, measure: crashes, period: h1, value: "500", sentence: 1, quote: "500 crashes"}
  - {id: elm-crashes, subject: elm, measure: crashes, period: h1, value: "50", sentence: 2, quote: "50 crashes"}
statements:
  - {id: calm, sentence: 3, quote: "The roads were calm.", answer: "The roads were calm.", about: [land]}
"""
TEXT = "The land had 500 crashes in the first half of 2025.\nElm had 50 crashes.\nThe roads were calm.\n"


def test_the_unknown_message_names_no_stopword(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did the roads go down in the first half of 2025?")
    assert answer.status == "unknown"
    assert "'the'" not in answer.text


def test_an_unknown_naming_a_measure_lists_whose_figures_are_given(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Were crashes calm in the first half of 2025?")
    assert answer.status == "unknown"
    assert "the land" in answer.text
    assert "Elm" in answer.text
