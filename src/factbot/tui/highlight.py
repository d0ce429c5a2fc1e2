"""Which part of a cited sentence to highlight: the figure or phrase the answer used.

A citation carries the whole sentence, so the reader's eye needs help to find the
"19,000" among four numbers. The answer says which: a figure stated in both the
answer (or its working) and the sentence is the cited one. Answers that quote
words instead of numbers get their longest shared run of words highlighted.
Headless (no textual): offsets are plain `(start, end)` pairs into the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

Span = tuple[int, int]

MIN_SHARED_WORDS = 3
"""A shared run shorter than this is coincidence ("in the"), not a quotation."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def figure_pattern(scale_words: Iterable[str]) -> re.Pattern[str]:
    """Numbers with an optional percent sign or scale word ("1.57 million", "16.1%").

    The scale words come from the lexicon so that a knowledge base in another
    language or with other units highlights its own figures.
    """
    words = sorted((re.escape(word) for word in scale_words if len(word) > 1), key=len, reverse=True)
    scale = rf"(?:\s?%|\s(?:{'|'.join(words)})\b)?" if words else r"(?:\s?%)?"
    return re.compile(rf"(?<![\w.,])\d+(?:[.,]\d+)*{scale}")


def highlight_spans(sentence: str, answer_texts: Iterable[str], figures: re.Pattern[str]) -> tuple[Span, ...]:
    """Spans of `sentence` that the answer's texts repeat: shared figures, else shared words."""
    texts = [text for text in answer_texts if text]
    used = {_squash(match.group()) for text in texts for match in figures.finditer(text)}
    spans = [match.span() for match in figures.finditer(sentence) if _squash(match.group()) in used]
    if spans:
        return tuple(spans)
    return shared_phrases(sentence, " ".join(texts))


def shared_phrases(sentence: str, answer: str) -> tuple[Span, ...]:
    """Runs of at least `MIN_SHARED_WORDS` words that `answer` repeats from `sentence`."""
    sentence_words = list(_WORD.finditer(sentence))
    answer_words = [match.group().casefold() for match in _WORD.finditer(answer)]
    matcher = SequenceMatcher(
        None, [match.group().casefold() for match in sentence_words], answer_words, autojunk=False
    )
    spans: list[Span] = []
    for block in matcher.get_matching_blocks():
        if block.size >= MIN_SHARED_WORDS:
            first, last = sentence_words[block.a], sentence_words[block.a + block.size - 1]
            spans.append((first.start(), last.end()))
    return tuple(spans)


def _squash(figure: str) -> str:
    return re.sub(r"\s+", "", figure).casefold()
