"""Every stage is near-linear in the question's length: checked by counting operations, not by timing.

The figures (worst cases in milliseconds) come from benchmarks/bench_worst_case.py.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from factbot.engine import INTERNAL_ERROR, MAX_QUESTION_CHARS, MAX_WORDS, Engine
from factbot.knowledge.text import word_count
from factbot.results import Status
from factbot.understanding import analysis, phrase_spans


class CountingTuple(tuple[bool, ...]):
    """A tuple that counts how often it is read, to measure how much work a scan does."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        CountingTuple.reads += 1
        return super().__getitem__(index)


class NoScan(list[tuple[int, int]]):
    """A list that may be searched but not walked from end to end."""

    def __iter__(self) -> Any:
        raise AssertionError("every word was scanned")


@pytest.mark.parametrize("words", [200, 2000])
def test_looking_for_phrases_reads_a_bounded_window_at_each_word(engine: Engine, words: int) -> None:
    """Counting to the end of an unbroken question at every word was quadratic."""
    texts = tuple(["the"] * words)
    breaks = CountingTuple([False] * words)
    CountingTuple.reads = 0
    for position in range(words):
        phrase_spans._longest_match(texts, position, set(), engine.kb, breaks)
    assert CountingTuple.reads <= 4 * words * engine.kb.longest_phrase  # was about words² / 2


def test_the_words_of_a_figure_are_found_without_scanning_every_word() -> None:
    """A scan per figure made a question of a thousand figures quadratic; bisection finds the same words."""
    spans, position = [], 0
    for _ in range(2000):
        length = random.Random(position).randint(1, 6)
        spans.append((position, position + length))
        position += length + 1
    for start, end in [(0, 3), (5, 40), (1000, 1001), (position - 5, position + 10), (position + 5, position + 9)]:
        scanned = [index for index, (low, high) in enumerate(spans) if low < end and start < high]
        expected = (scanned[0], scanned[-1] + 1) if scanned else (0, 0)
        assert analysis._word_range(NoScan(spans), start, end) == expected


@pytest.mark.parametrize(
    "question",
    [
        "electric " + "the " * 480 + "vehicle sales",
        "⒜" * 2000,
        "1%" * 1000,
        "⒇" * 1000,
        "Nissan sold about 140,000 more than 30 under 20,000 EVs in 2023 " * 30,
    ],
    ids=["a phrase spread over stopwords", "3x NFKC", "figures and percents", "claimed figures", "claims"],
)
def test_the_worst_questions_are_answered_or_refused_never_failed(engine: Engine, question: str) -> None:
    for answer in (engine.ask(question), engine.check(question)):
        assert answer.trace.rule != INTERNAL_ERROR, answer.text


@pytest.mark.parametrize(
    "question",
    ["ﷺ" * MAX_QUESTION_CHARS, "⒜" * MAX_QUESTION_CHARS, "1%" * (MAX_QUESTION_CHARS // 2), "a " * (MAX_WORDS + 1)],
    ids=["18x NFKC", "3x NFKC", "figures and percents", "one word too many"],
)
def test_too_many_words_are_refused_before_any_per_word_work(engine: Engine, question: str) -> None:
    """NFKC makes up to 18 characters of one, so a 2,000-character question could hold 8,000 words."""
    assert word_count(question) > MAX_WORDS
    for answer in (engine.ask(question), engine.check(question)):
        assert answer.status is Status.ERROR and "too many words" in answer.text


def test_a_question_just_under_the_word_limit_is_answered(engine: Engine) -> None:
    question = " ".join(["How many EVs did Nissan sell in 2023?"] * (MAX_WORDS // 8))
    assert MAX_WORDS - 10 < word_count(question) <= MAX_WORDS
    assert engine.ask(question).status is not Status.ERROR
