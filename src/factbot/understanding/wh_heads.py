"""The head of what is asked: a name right after "which" or "what" ("which alliance sold the most?") says what kind
of thing the answer is. A reading that ignores it answers another question, so it pays twice for ignoring it, and a
reading over the named group's members ("which of the alliance") does not answer it at all."""

from __future__ import annotations

from collections.abc import Collection

from factbot.understanding.analysis import Analysis, Span, SpanKind

ASKING_A_NAME = frozenset({"which", "what"})


def head_names(analysis: Analysis) -> tuple[Span, ...]:
    """The entity spans that open right after the question word, when it asks for a name."""
    if analysis.question_word not in ASKING_A_NAME:
        return ()
    return names_at(
        analysis, {index + 1 for index, word in enumerate(analysis.words) if word.text == analysis.question_word}
    )


def names_at(analysis: Analysis, starts: Collection[int]) -> tuple[Span, ...]:
    """The entity spans, matched exactly, that begin at one of `starts`."""
    return tuple(span for span in analysis.of(SpanKind.ENTITY) if span.first in starts and span.exact)
