"""Typo correction: one edit (including a swap) away, never onto unrelated words."""

from __future__ import annotations

from factbot.knowledge.spelling import SpellingIndex

INDEX = SpellingIndex(["nissan", "how", "honda", "electric", "for", "mitsubishi"], preferred=["nissan", "honda"])


def test_a_missing_letter_is_corrected() -> None:
    correction = INDEX.correct("nisan")
    assert correction is not None
    assert correction.meant == "nissan"


def test_swapped_letters_are_corrected() -> None:
    correction = INDEX.correct("hwo")
    assert correction is not None
    assert correction.meant == "how"


def test_long_words_allow_two_edits() -> None:
    correction = INDEX.correct("electirc")
    assert correction is not None
    assert correction.meant == "electric"


def test_known_words_and_short_words_are_left_alone() -> None:
    assert INDEX.correct("honda") is None
    assert INDEX.correct("xy") is None


def test_far_words_are_not_forced_onto_the_vocabulary() -> None:
    assert INDEX.correct("capital") is None


def test_allowed_targets_narrow_the_correction() -> None:
    assert INDEX.correct("hondas", allowed=frozenset({"nissan"})) is None
    correction = INDEX.correct("hondas", allowed=frozenset({"honda"}))
    assert correction is not None
    assert correction.meant == "honda"


def test_short_words_are_only_corrected_for_swapped_letters() -> None:
    index = SpellingIndex(["sold", "how"])
    assert index.correct("bold") is None
    correction = index.correct("hwo")
    assert correction is not None
    assert correction.meant == "how"


def test_short_words_may_have_dropped_a_letter() -> None:
    correction = SpellingIndex(["which", "sold"]).correct("whch")
    assert correction is not None
    assert correction.meant == "which"


def test_two_slips_and_another_first_letter_is_another_word_not_a_typo() -> None:
    from factbot.knowledge.spelling import SpellingIndex

    index = SpellingIndex(["reported", "production"])
    assert index.correct("exported") is None
    correction = index.correct("prodcution")
    assert correction is not None and correction.meant == "production"


def test_another_first_letter_is_another_word_even_one_slip_away() -> None:
    """Misspellings seldom get the first letter wrong: "homes" is not "comes", nor "reason" "season"."""
    index = SpellingIndex(["comes", "season", "coast"])
    assert index.correct("homes") is None
    assert index.correct("reason") is None
    correction = SpellingIndex(["coast"]).correct("caost")
    assert correction is not None and correction.meant == "coast"
    swapped = SpellingIndex(["season"]).correct("esason")
    assert swapped is not None and swapped.meant == "season"
