"""A follow-up that names another subject by the word its name does not share with the last one.

"How much will demand for widgets for repair change?" then "what about for export?": the
conversation's subject is "widgets for repair", and "export" is the word that sets "widgets
for export" apart from it. The follow-up means that sibling, with the last measure, even when
"export" is also a word of some other measure ("exports"), since the question goes on with
the conversation rather than starting a new one.
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.context import Context
from factbot.understanding.operations import BY_NAME, STATEMENT, Subjects
from factbot.understanding.reading import Reading
from factbot.understanding.short_names import entity_name_words
from factbot.understanding.slots import Slots, cue_words, indexes

_NOT_NAMES = (SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE, SpanKind.CUE)
"""Words that say something other than a name: a time, a figure, the operation asked."""


def sibling_readings(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Iterator[Reading]:
    """The last reading again, of the one other subject of its measure whose names hold every weighty word the
    follow-up says and one at least that the last subject's names do not; nothing when the question names an
    entity of its own, is not a follow-up, or more than one subject would fit."""
    last = context.last
    if last is None or last.operation == STATEMENT or last.measure is None or len(last.subjects) != 1:
        return
    if slots.entities or not (analysis.follow_up or analysis.pronoun):
        return
    other = indexes(span for kind in _NOT_NAMES for span in analysis.of(kind))
    said = [index for index in analysis.weighty if index not in other]
    words = {analysis.words[index].text for index in said}
    if not words:
        return
    previous = entity_name_words(kb, last.subjects[0])
    fitting = [
        subject
        for subject in kb.subjects_by_measure.get(last.measure, ())
        if subject != last.subjects[0] and words <= entity_name_words(kb, subject) and words - previous
    ]
    if len(fitting) != 1:
        return
    periods = tuple(dict.fromkeys(period for _, period in slots.periods)) or last.periods
    borrowed = ("measure", "periods") if periods and not slots.periods else ("measure",)
    for name in dict.fromkeys((last.operation, "lookup")):
        operation = BY_NAME.get(name)
        if operation is not None and operation.subjects in (Subjects.ONE, Subjects.ANY):
            yield Reading(
                operation=name,
                subjects=(fitting[0],),
                measure=last.measure,
                periods=periods,
                market=last.market,
                explained=frozenset(said) | cue_words(operation, slots) | indexes(span for span, _ in slots.periods),
                borrowed=borrowed,
                cued=name in slots.operations,
            )
