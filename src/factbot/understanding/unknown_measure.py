"""A question not understood that names one measure and no subject ("did deaths go down in the first half?",
of sources giving deaths for a nation and for its states): the unknown answer shows whose figures of that
measure the sources give, so the user can name the one meant, rather than only the words not covered."""

from __future__ import annotations

from dataclasses import replace

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.reading import Reading


def measure_named(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> Reading:
    """The reading with the one measure the question names exactly, and the periods it names, when the reading
    has neither subject nor measure and the question names no subject; else the reading as it is."""
    if reading.subjects or reading.measure is not None or analysis.of(SpanKind.ENTITY):
        return reading
    measures = {target for span in analysis.of(SpanKind.MEASURE) if span.exact for target in span.targets}
    if len(measures) != 1:
        return reading
    periods = tuple(dict.fromkeys(span.targets[0] for span in analysis.of(SpanKind.PERIOD) if len(span.targets) == 1))
    measure = measures.pop()
    return replace(reading, measure=measure, periods=periods) if measure in kb.measures else reading
