"""A misspelt ordinal or month is mended before the number and period readers read the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.understanding import reader_typos
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cora, name: Cora, kind: company, aliases: [Cora]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets]}
periods:
  - {id: m2021-02, aliases: ["February 2021"]}
facts:
  - {id: a, subject: acme, measure: sales, period: m2021-02, value: "120 widgets", sentence: 1,
     quote: "Acme sold 120 widgets in February 2021"}
  - {id: b, subject: bolt, measure: sales, period: m2021-02, value: "90", sentence: 2, quote: "Bolt sold 90"}
  - {id: c, subject: cora, measure: sales, period: m2021-02, value: "60", sentence: 3, quote: "Cora sold 60"}
"""
TEXT = "Acme sold 120 widgets in February 2021.\nBolt sold 90.\nCora sold 60.\n"


def test_a_misspelt_ordinal_keeps_its_place(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who sold the sceond most widgets in February 2021?")
    assert answer.status == "answered" and answer.text.startswith("Bolt")
    assert ("sceond", "second") in answer.trace.corrections


def test_a_misspelt_month_is_read_as_the_month(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many widgets did Acme sell in Febuary 2021?")
    assert answer.status == "answered" and "120 widgets" in answer.text


def test_another_form_of_a_number_word_is_no_typo(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Acme sell two-thirds of the widgets in February 2021?")
    assert not any(typed == "thirds" for typed, _ in answer.trace.corrections)


def test_a_text_of_known_words_is_returned_without_a_pass_over_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FindOnly:
        findall = reader_typos._WORD.findall

        def sub(self, *_: object) -> str:
            raise AssertionError("the words were passed over one by one")

    kb = tiny_engine(tmp_path, RECORDS, TEXT).kb
    monkeypatch.setattr(reader_typos, "_WORD", FindOnly())
    text = "How many widgets did Acme sell?"
    assert reader_typos.mend_reader_typos(text, kb) == (text, [])
