"""Figures are looked for only where one may start, and found exactly as a scan of every character finds them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.quantities import Bound, Numerals, _figure_matches

PIECES = [
    "about", "nearly", "not more than", "up to", "us$", "US$ ", "a$", "$", "£", "€", "-", "+", "−", "twenty", "-",
    "one", "first", "half", "a quarter", "three-quarters", "3", "17.0", "%", " percent", " points", "rd", "th",
    "1,200", "bn", " million", "m", "x", "_", ".", ",", " ", "  ", "the", "of", "ONE", "Some", "approx.", "(", "k",
]  # fmt: skip


def found(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in matches]


@pytest.mark.parametrize(
    "text",
    [
        "By how many points did the share fall from 17.0% to the first half of 2024?",
        "sales of about US$ 5bn, up 3rd; twenty-one, a quarter and not more than 1,200 bags",
        "x3 _3 a3 one2 5,000,000.5 1.2.3 over 20 to 30 percent (approx. 4 pp)",
        "nearly one-third −4.5% +2 pts",
        "Ünïcode text with 12 figures: a half, dozens, €3m",
    ],
)
def test_the_figures_found_are_those_of_a_full_scan(text: str) -> None:
    numerals = builtin_lexicon().numerals
    assert found(_figure_matches(text, numerals)) == found(numerals.pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_any_text_of_figure_pieces_gives_the_full_scan(pieces: list[str]) -> None:
    numerals = builtin_lexicon().numerals
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    assert found(_figure_matches(text, numerals)) == found(numerals.pattern.finditer(text))


def test_a_phrase_opening_outside_ascii_falls_back_to_the_full_scan() -> None:
    numerals = Numerals(number_words={"two": 2}, bounds={"über": Bound.MORE_THAN})
    assert numerals.first_words is None
    text = "über 2 and two"
    assert found(_figure_matches(text, numerals)) == found(numerals.pattern.finditer(text)) != []
