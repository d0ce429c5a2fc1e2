"""The question's words outside its spans, gathered once per question.

Each measure a question's readings may be of asks which of the words outside the question's names say its unit
(`reading_words._unit_named`), its words said in pieces (`reading_words._free_words_in`) or one of its aliases
spelt out (`scattered.scattered_alias`); each gathered those words anew, a pass over the question per measure.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.understanding.analysis import Analysis, SpanKind

NAMES = (SpanKind.ENTITY, SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE)
"""The spans that name something other than a measure: their words never spell a measure out."""


@dataclass(frozen=True)
class Unspanned:
    analysis: Analysis
    outside: tuple[tuple[int, str], ...]
    """Each word in no span, with its text, in question order."""
    outside_texts: frozenset[str]
    weighty_outside: tuple[tuple[int, str], ...]
    """The words in no span that weigh something."""
    weighty_unnamed: tuple[tuple[int, str], ...]
    """The words that weigh something and are in no name, period, figure or relative period (`NAMES`)."""
    light: frozenset[str]
    """The texts of the words that weigh nothing."""


_LAST: list[Unspanned] = []
"""The question gathered last: its readings are made one measure after another, then the next question's."""


def unspanned(analysis: Analysis) -> Unspanned:
    last = _LAST[-1] if _LAST else None
    if last is not None and last.analysis is analysis:
        return last
    in_spans, weights = analysis.in_spans, analysis.weights
    named = {index for kind in NAMES for span in analysis.of(kind) for index in span.indexes}
    outside = tuple((index, word.text) for index, word in enumerate(analysis.words) if index not in in_spans)
    found = Unspanned(
        analysis,
        outside,
        frozenset(text for _, text in outside),
        tuple((index, text) for index, text in outside if weights[index] > 0),
        tuple(
            (index, word.text) for index, word in enumerate(analysis.words) if index not in named and weights[index] > 0
        ),
        frozenset(word.text for index, word in enumerate(analysis.words) if weights[index] == 0),
    )
    _LAST[:] = [found]
    return found
