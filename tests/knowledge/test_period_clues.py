"""A period pattern is searched only in a text holding one word of each of its groups of clues, each group one
search: the search finds a group exactly where one of its words is in the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.periods import find_periods

PIECES = ["mar", "ket", "may", "be", "fy", "h", "1", "2", "q", "-", "/", "s", "first", "quarter", "half", " ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_a_group_is_found_where_one_of_its_words_is(pieces: list[str]) -> None:
    calendar = builtin_lexicon().calendar
    text = "".join(pieces)
    for clues, searches in zip(calendar.clues, calendar.clue_searches, strict=True):
        assert (clues is None) == (searches is None)
        for group, search in zip(clues or (), searches or (), strict=True):
            assert (search.search(text) is not None) == any(word in text for word in group)


def test_a_month_is_found_beside_words_holding_its_clue() -> None:
    calendar = builtin_lexicon().calendar
    assert [found.text for found in find_periods("the market in March 2023, Q1 2024 and 2022/23", calendar)] == [
        "March 2023",
        "Q1 2024",
        "2022/23",
    ]
