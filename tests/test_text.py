"""The normaliser: questions and aliases must meet however they are written."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.knowledge.text import fold_word


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Brands'", "brand"),
        ("Japan's", "japan"),
        ("forming", "form"),
        ("planned", "plan"),
        ("announced", "announc"),
        ("announce", "announc"),
        ("companies", "compani"),
        ("company", "compani"),
        ("employment", "employ"),
        ("employed", "employ"),
        ("sell", "sell"),
        ("the", "the"),
    ],
)
def test_fold_word_meets_word_forms(typed: str, folded: str) -> None:
    assert fold_word(typed) == folded


def test_possessives_hyphens_and_case_are_normalised_alike(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("Honda-Nissan Alliance") == words("honda nissan alliance")
    assert words("JAPAN'S") == words("Japan")


def test_british_spellings_meet_american_ones(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("a licence") == words("a license")
    assert words("licenced software") == words("licensed software")


def test_extra_reads_as_additional(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("extra states") == words("additional states")


def test_abbreviations_expand_from_the_lexicon(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("EVs") == words("electric vehicles")
    assert words("H1 2024") == words("first half 2024")
    assert words("FY2023") == words("fiscal year 2023")


def test_units_of_time_are_read_from_their_short_forms(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("hrs per wk") == words("hours per week")
    assert words("3 hr 20 mins") == words("3 hour 20 minutes")


def test_case_sensitive_abbreviation_only_in_capitals(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("the US") == words("the United States")
    assert words("tell us") != words("tell United States")


def test_numbers_lose_their_grouping_and_percent_becomes_a_word(engine: Engine) -> None:
    assert engine.kb.normaliser.words("140,000 and 22.6%") == ("140000", "and", "22.6", "percent")


def test_control_characters_and_markup_are_plain_text(engine: Engine) -> None:
    assert engine.kb.normaliser.words("[bold]Nissan[/]\x00\x07") == ("bold", "nissan")


def test_an_ampersand_standing_alone_is_and(engine: Engine) -> None:
    words = engine.kb.normaliser.words
    assert words("corn & soybeans") == words("corn and soybeans")
    assert words("AT&T") != words("AT and T")


def test_a_texts_words_are_remembered_and_the_same_as_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Normaliser.words` remembers each text's words (quotes and names are read question after question), with
    a bound: past it the memory starts again, and the words are the same either way."""
    from factbot.knowledge import text as text_module
    from factbot.knowledge.lexicon import builtin_lexicon

    normaliser = text_module.Normaliser(builtin_lexicon())
    said = "Acme's U.S. sales rose 5% in FY2024"
    first = normaliser.words(said)
    assert normaliser.words(said) is first
    assert first == text_module.Normaliser(builtin_lexicon()).words(said)
    monkeypatch.setattr(text_module, "_MAX_TEXTS", 2)
    for other in ("one", "two", "three"):
        normaliser.words(other)
    assert normaliser.words(said) == first
