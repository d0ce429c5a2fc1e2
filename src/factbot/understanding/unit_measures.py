"""A measure named by its unit alone: "how many people are in Idaho?" of a population counted in people.

A question naming no measure may name what the figure counts. When exactly one measure of the subjects named
(or of the whole knowledge, when none is named) is counted in that unit, the unit names it; with two
("people" of population and of migration), it names neither, and the question stays unanswered.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span


def measure_by_unit(analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]]) -> tuple[str, ...]:
    """The one measure the question names by its unit, among those of the subjects it names; else none."""
    texts = {analysis.words[index].text for index in analysis.weighty}
    if not texts:
        return ()
    subjects = {entity for _, entity in entities}
    found = {
        measure
        for measure, unit in kb.unit_words.items()
        if unit
        and unit <= texts
        and (not subjects or any(measure in kb.measures_of_subject.get(subject, frozenset()) for subject in subjects))
        and not kb.measures[measure].is_change
    }
    return (found.pop(),) if len(found) == 1 else ()
