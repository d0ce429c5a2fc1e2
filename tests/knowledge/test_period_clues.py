"""A period pattern is searched only in a text its clues are found in, each group one search: a month name where a
word ends, a one-letter clue beside the digit its pattern puts there ("H1", "Q3", "1990s"), any other word
anywhere. Sound: no text a pattern matches is spared."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.periods import find_periods

PIECES = ["mar", "ket", "may", "be", "fy", "h", "1", "2", "q", "-", "/", "s", "first", "quarter", "half", " ", "x"]
PIECES += ["march", "0", "199", "2023", ".", ",", "of", "the", "ending", "year", "months"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_no_text_a_pattern_matches_is_spared_by_its_clues(pieces: list[str]) -> None:
    calendar = builtin_lexicon().calendar
    text = "".join(pieces)
    for (_, pattern), clues, searches in zip(calendar.patterns, calendar.clues, calendar.clue_searches, strict=True):
        assert (clues is None) == (searches is None)
        if pattern.search(text) is not None:
            assert all(search.search(text.lower()) is not None for search in searches or ())


def test_a_month_inside_a_word_or_a_lone_letter_spares_the_patterns() -> None:
    searches = {clues: search for clues, search in zip(_groups(), _searches(), strict=True)}
    month = next(search for group, search in searches.items() if "march" in group)
    assert month.search("the market share") is None and month.search("in march 2023") is not None
    assert searches[("h",)].search("the share") is None and searches[("h",)].search("in h1 2024") is not None
    assert searches[("s",)].search("sales") is None and searches[("s",)].search("the 1990s") is not None
    assert searches[("q",)].search("quite") is None and searches[("q",)].search("q3 2023") is not None


def _groups() -> list[tuple[str, ...]]:
    return [group for clues in builtin_lexicon().calendar.clues if clues for group in clues]


def _searches() -> list[re.Pattern[str]]:
    return [search for searches in builtin_lexicon().calendar.clue_searches if searches for search in searches]


def test_a_month_is_found_beside_words_holding_its_clue() -> None:
    calendar = builtin_lexicon().calendar
    assert [found.text for found in find_periods("the market in March 2023, Q1 2024 and 2022/23", calendar)] == [
        "March 2023",
        "Q1 2024",
        "2022/23",
    ]
