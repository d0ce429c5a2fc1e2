"""Phrases are looked for no further than the knowledge's phrases reach: a word that begins no phrase is not read
on from, and a loose phrase (stopwords inside) is read for no more content words than the longest that its first
word begins. The words each question position looks up are remembered by identity, never wrongly."""

from __future__ import annotations

from pathlib import Path

from factbot.knowledge.phrase_positions import phrase_starts
from factbot.understanding.phrase_spans import _longest_match, _loose_match
from tiny import tiny_engine


class Watched(set[int]):
    """A set of special positions that notes every position asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[int] = []

    def __contains__(self, index: object) -> bool:
        self.asked.append(index)  # type: ignore[arg-type]
        return super().__contains__(index)


def test_a_loose_phrase_is_read_no_further_than_its_first_word_reaches(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path).kb
    assert kb.loose_reach["widget"] == 2 < kb.longest_phrase
    texts = ("widget", "the", "sell", "acme", "bolt", "acme", "bolt", "acme")
    special = Watched()
    match = _loose_match(texts, 0, special, kb, (False,) * len(texts))
    assert match is not None and match[0] == 3  # "widget (the) sell", loosely
    assert max(special.asked) <= 2  # nothing after the second content word was looked at


def test_a_word_beginning_no_phrase_is_not_read_on_from(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path).kb
    texts = ("today", "acme", "widget", "sales")
    special = Watched()
    assert "today" not in kb.phrase_reach and "today" not in kb.loose_reach
    assert _longest_match(texts, 0, special, kb, (False,) * len(texts)) is None
    assert special.asked == []


def test_the_positions_of_other_words_are_never_those_remembered() -> None:
    first = ("acme", "sold", "widgets")
    assert phrase_starts(first, ("sold",)) == [1]
    assert phrase_starts(first, ("sold",)) == [1]  # the same words again: remembered
    assert phrase_starts(("bolt", "bought", "sold"), ("sold",)) == [2]  # other words: their own positions
    assert phrase_starts(tuple(["acme", "sold", "widgets"]), ("widgets",)) == [2]
