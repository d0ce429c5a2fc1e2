"""Phrases indexed by a word: a reader compares only those holding the question's word where it must be, and
finds exactly what comparing every phrase finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factbot.understanding.word_index import by_word

WORDS = st.sampled_from(["leav", "out", "asid", "set", "the", "other", "than"])
PHRASES = st.lists(st.tuples(*[WORDS] * 2) | st.tuples(WORDS) | st.just(()), max_size=8).map(tuple)


def test_phrases_are_found_by_their_last_word_in_table_order() -> None:
    table = (("other", "than"), ("except",), ("apart", "from"), ("rather", "than"), ())
    assert by_word(table, -1) == {"than": (("other", "than"), ("rather", "than")), "except": (("except",),),
                                  "from": (("apart", "from"),)}  # fmt: skip


def test_frames_are_found_by_the_first_word_after_the_name() -> None:
    frames = ((("leav",), ("out",)), (("set",), ("asid",)), (("without",), ()))
    assert by_word(frames, 0, 1) == {"out": ((("leav",), ("out",)),), "asid": ((("set",), ("asid",)),)}


@settings(max_examples=200, deadline=None)
@given(table=PHRASES, word=WORDS)
def test_the_index_holds_every_phrase_with_the_word_there(table: tuple[tuple[str, ...], ...], word: str) -> None:
    assert by_word(table, -1).get(word, ()) == tuple(phrase for phrase in table if phrase and phrase[-1] == word)
    assert by_word(table, 0).get(word, ()) == tuple(phrase for phrase in table if phrase and phrase[0] == word)
