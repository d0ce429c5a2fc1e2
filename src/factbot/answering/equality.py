"""Yes/no of two figures being equal ("did X and Y have the same rate?") or one at least the other ("did X sell as
many as Y?": a cue that opens and closes with the same word, "as ... as").

The comparison reading finds both figures; the question asks whether they are equal, not which is higher. Yes
when they are the same figure, No otherwise, the answer showing both. Only of a measure the question names: "is
X the same as Y?" asks whether two names are one thing, which no pair of figures settles.
"""

from __future__ import annotations

from decimal import Decimal

from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.equal_frames import EQUAL
from factbot.understanding.reading import Reading


def asks_equal(analysis: Analysis) -> bool:
    """A cue of equality of its own: not the "as many as" of a multiple ("twice as many as")."""
    return bool(_cues(analysis))


def _cues(analysis: Analysis) -> list[Span]:
    multiple = {index for item in analysis.multiples for index in item.indexes}
    return [
        span
        for span in analysis.of(SpanKind.CUE)
        if EQUAL in span.targets and span.exact and not span.indexes <= multiple
    ]


def equal_verdict(reading: Reading, values: tuple[Decimal, ...], analysis: Analysis) -> bool | None:
    """Whether the two figures are equal (or the first at least the second, of "as ... as"); unsettled unless the
    question names the measure and both are found."""
    if len(values) != 2 or reading.measure is None or (not reading.measure_named and not _said(reading, analysis)):
        return None
    words = analysis.words
    at_least = all(words[span.first].text == words[span.last - 1].text for span in _cues(analysis))
    return values[0] >= values[1] if at_least else values[0] == values[1]


def _said(reading: Reading, analysis: Analysis) -> bool:
    """The measure is said in the question, if only by a word that asks an operation too ("grow at the same rate")."""
    return any(reading.measure in span.targets for span in analysis.of(SpanKind.MEASURE))


COMPARING = frozenset({EQUAL, "compare", "ratio", "difference"})
"""Cues that set two figures side by side."""


def comparison_unsaid(reading: Reading, analysis: Analysis) -> bool:
    """A comparison asked ("as much X as Y", "more X than Y") that a statement reading does not state: whatever
    the statement's polarity, it does not say how the two compare."""
    return any(
        span.exact and COMPARING & set(span.targets) and not span.indexes <= reading.explained
        for span in analysis.of(SpanKind.CUE)
    )
