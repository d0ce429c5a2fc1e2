"""Readings of one subject's figures for two or more measures of one unit, set side by side.

"Does Indonesia grow more arabica than robusta?", "how many venues did it own or manage?",
"what percentage of the harvest is Arabica?". Each measure is named by a name of its own,
or told apart by its own word where a name is shared ("imports ... green, roasted and
soluble": "imports" names all three, each adjective one).
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.operations import Operation
from factbot.understanding.reading import Reading
from factbot.understanding.scattered import narrowed_to_subject, part_and_whole, scattered_alias, without_pieces
from factbot.understanding.slots import Slots, cue_words, indexes, split_markets

ACROSS_MEASURES = frozenset({"compare", "difference", "ratio", "sum", "share"})


def across_measures(
    analysis: Analysis, kb: KnowledgeBase, slots: Slots, operations: list[Operation]
) -> Iterator[Reading]:
    """One subject's figures for two or more measures of one unit, set side by side: "does Indonesia grow more
    arabica than robusta?", "how many venues did it own or manage?"."""
    named_entities = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    exact = narrowed_to_subject([span for span in analysis.of(SpanKind.MEASURE) if span.exact], kb, named_entities)
    spans = [span for span in exact if len(span.targets) == 1]
    pieces = {span.targets[0]: scattered_alias(analysis, kb, span.targets[0]) for span in spans}
    said = frozenset().union(*pieces.values())
    spans = without_pieces(spans, pieces)
    measures = tuple(dict.fromkeys(span.targets[0] for span in spans))
    subjects = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    if len(measures) < 2 or len({kb.measures[measure].unit for measure in measures}) != 1:
        return
    markets, named = split_markets(slots.entities, measures[0], kb)
    names = tuple(dict.fromkeys(entity for _, entity in named)) or implied_subject(kb, measures[0])
    if len(names) != 1:
        return
    shared = indexes(span for span in exact if set(span.targets) <= set(measures))  # "venues" of both
    explained = (
        (indexes(spans) | indexes(span for span, _ in (*markets, *named)) | indexes(span for span, _ in slots.periods))
        | said
        | shared
    )
    for operation in operations:
        ordered = part_and_whole(spans, slots) if operation.name == "share" else measures
        if operation.name in ACROSS_MEASURES and ordered:
            yield Reading(
                operation=operation.name,
                subjects=names,
                measure=ordered[0],
                measures=ordered,
                periods=tuple(dict.fromkeys(period for _, period in slots.periods)),
                market=markets[0][1] if markets else None,
                explained=explained | cue_words(operation, slots),
                cued=True,
            )
    del subjects


def implied_subject(kb: KnowledgeBase, measure: str) -> tuple[str, ...]:
    """A measure only one subject has ("royalties" of one county) names that subject too; so does one that a
    whole and its parts have ("coffee production" of the world and of its producers): the whole is meant."""
    subjects = kb.subjects_by_measure.get(measure, ())
    if len(subjects) == 1:
        return subjects
    large = [subject for subject in subjects if len(kb.entities[subject].members) >= len(subjects) - 1]
    wholes = [subject for subject in large if set(subjects) - {subject} <= set(kb.entities[subject].members)]
    return tuple(wholes) if len(wholes) == 1 else ()  # the world's figure, when every other is one of its parts
