"""Readings of one subject's figures for two or more measures of one unit, set side by side.

"Does Acme make more blue widgets than red ones?", "how many shops did it own or run?",
"what percentage of the output is blue?". Each measure is named by a name of its own, or
told apart by its own word where a name is shared ("sales ... online, in shops and by
mail": "sales" names all three, each qualifier one).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from factbot.knowledge.collectives import proven_wholes
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.unit_kinship import akin_rates
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.operations import Operation
from factbot.understanding.reading import Reading
from factbot.understanding.scattered import narrowed_to_subject, part_and_whole, scattered_alias, without_pieces
from factbot.understanding.slots import Slots, cue_words, indexes, split_markets

ACROSS_MEASURES = frozenset({"compare", "difference", "ratio", "sum", "share"})
AKIN_RATES = frozenset({"compare", "ratio"})
"""What two rates of akin units (`akin_rates`), or of two subjects, may be set side by side for."""


def across_measures(
    analysis: Analysis, kb: KnowledgeBase, slots: Slots, operations: list[Operation]
) -> Iterator[Reading]:
    """One subject's figures for two or more measures of one unit, set side by side: "does Acme make more blue
    widgets than red ones?", "how many shops did it own or run?". None when no operation sets figures side by
    side (a lookup alone): the measures are then not looked at."""
    if not any(operation.name in ACROSS_MEASURES for operation in operations):
        return
    named_entities = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    exact = narrowed_to_subject([span for span in analysis.of(SpanKind.MEASURE) if span.exact], kb, named_entities)
    spans = [span for span in exact if len(span.targets) == 1]
    told, apart = told_apart(analysis, kb)
    spans = sorted([*spans, *apart], key=lambda span: span.first)
    if len({span.targets[0] for span in spans}) < 2:
        return  # fewer than two measures named: none to set side by side, whatever the pieces leave
    pieces = {span.targets[0]: scattered_alias(analysis, kb, span.targets[0]) for span in spans}
    said = frozenset().union(*pieces.values())
    spans = without_pieces(spans, pieces)
    measures = tuple(dict.fromkeys(span.targets[0] for span in spans))
    subjects = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    units = {kb.measures[measure].unit for measure in measures}
    if len(measures) < 2 or (len(units) != 1 and not akin_rates(units)):
        return
    markets, named = split_markets(slots.entities, measures[0], kb)
    names = tuple(dict.fromkeys(entity for _, entity in named)) or implied_subject(kb, measures[0])
    if len(names) != 1:
        return
    sides = sides_of(kb, names[0], measures, _owned(analysis, kb, spans)) or names
    shared = indexes(span for span in exact if set(span.targets) <= set(measures))  # "venues" of both
    explained = (
        indexes(spans) | indexes(span for span, _ in (*markets, *named)) | indexes(span for span, _ in slots.periods)
    ) | said
    explained |= shared | told | quoted_figures(slots, kb, names[0], measures) | _basis_named(analysis, kb, measures)
    for operation in operations:
        ordered = part_and_whole(spans, slots) if operation.name == "share" else measures
        cue = cue_words(operation, slots)
        if any(span.indexes <= cue for span in spans):
            continue  # "how many did X add": the word asking the sum cannot name one of the figures summed too
        if len(units) != 1 and operation.name not in AKIN_RATES:
            continue  # rates of narrower bases are compared and divided, never added or shared
        if sides != names and (operation.name not in AKIN_RATES or len(ordered) != len(sides)):
            continue
        if operation.name in ACROSS_MEASURES and ordered:
            yield Reading(
                operation=operation.name,
                subjects=sides,
                measure=ordered[0],
                measures=ordered,
                periods=tuple(dict.fromkeys(period for _, period in slots.periods)),
                market=markets[0][1] if markets else None,
                explained=explained | cue,
                cued=True,
            )
    del subjects


def sides_of(
    kb: KnowledgeBase, subject: str, measures: tuple[str, ...], owned: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The subject whose figure each measure gives: the one named, or, for a measure the named subject has no
    figure of, the whole the document is about when it alone has that measure's figure ("the jobless
    rate" of the nation beside the workers' rate). A measure whose side of the question says a subject of
    its own (`owned`: "Acme's profit", "its revenue") is that subject's: never another's figure in its place,
    which would answer for a subject not asked about. `(subject,)` when the named subject has them all; () when
    a measure is nobody's in particular, or a named side lacks its figure."""
    found = []
    for measure in measures:
        if (subject, measure) in kb.facts_by_key:
            found.append(subject)
            continue
        implied = implied_subject(kb, measure)
        if measure in owned or len(implied) != 1 or implied[0] not in proven_wholes(kb):
            return ()
        found.append(implied[0])
    return (subject,) if set(found) == {subject} else tuple(found)


def _owned(analysis: Analysis, kb: KnowledgeBase, spans: list[Span]) -> frozenset[str]:
    """The measures whose side of the question says a subject: a name or a pronoun ("its") nearer that measure's
    name than any other measure's. A word as near to two is said of both, so neither may be another's."""
    said = {index for span in analysis.of(SpanKind.ENTITY) for index in span.indexes}
    said |= {index for index, word in enumerate(analysis.words) if word.text in kb.pronouns}
    owned: set[str] = set()
    for index in said:
        distances = {span.targets[0]: max(span.first - index, index - span.last + 1, 0) for span in spans}
        nearest = min(distances.values(), default=0)
        owned |= {measure for measure, distance in distances.items() if distance == nearest}
    return frozenset(owned)


def told_apart(analysis: Analysis, kb: KnowledgeBase) -> tuple[frozenset[int], list[Span]]:
    """Measures a shared name leaves open, each told apart by a word of its own outside every name ("imports"
    of green, roasted and soluble coffee: "green" is a word of one of them only), or by another name that shares
    just one of them ("soluble coffee"): the shared names' words, and a span for each word or name that tells one
    apart. Two or more must be told apart, or none is."""
    in_spans = analysis.in_spans
    shared: set[int] = set()
    found: list[Span] = []
    for span in analysis.of(SpanKind.MEASURE):
        if not span.exact or len(span.targets) < 2:
            continue
        words = {target: kb.measure_words.get(target, frozenset()) for target in span.targets}
        apart = [
            Span(index, index + 1, SpanKind.MEASURE, (target,))
            for index, word in enumerate(analysis.words)
            if index not in in_spans and analysis.weights[index] > 0
            for target in span.targets
            if word.text in words[target] and all(word.text not in words[other] for other in words if other != target)
        ]
        apart += [
            Span(other.first, other.last, SpanKind.MEASURE, tuple(set(other.targets) & set(span.targets)))
            for other in analysis.of(SpanKind.MEASURE)
            if other is not span and other.exact and len(set(other.targets) & set(span.targets)) == 1
        ]  # "soluble coffee" names three measures, one of them an import
        if len({item.targets[0] for item in apart}) >= 2:
            shared |= span.indexes
            found += apart
    return frozenset(shared), found


def quoted_figures(slots: Slots, kb: KnowledgeBase, subject: str, measures: tuple[str, ...]) -> frozenset[int]:
    """The figures the question quotes that are the subject's stated figures of these measures ("add the 47m
    bags of green to ..."): they say which figures are meant, and ask nothing more."""
    stated = {fact.value for measure in measures for fact in kb.facts_by_key.get((subject, measure), ())}
    return indexes(span for span in slots.figures if span.quantity is not None and span.quantity.value in stated)


def _basis_named(analysis: Analysis, kb: KnowledgeBase, measures: tuple[str, ...]) -> frozenset[int]:
    """ "Forecast", "expected" when the measures' figures are forecasts: the question says what they are."""
    words = {
        word
        for measure in measures
        for basis in kb.bases_of_measure.get(measure, ())
        for word in kb.basis_words.get(basis, ())
    }
    return frozenset(index for index, word in enumerate(analysis.words) if word.text in words)


@lru_cache(maxsize=256)
def implied_subject(kb: KnowledgeBase, measure: str) -> tuple[str, ...]:
    """A measure only one subject has ("royalties" of one county) names that subject too; so does one that a
    whole and its parts have ("coffee production" of the world and of its producers): the whole is meant. Once
    per knowledge base and measure: it looks at every subject of the measure, many in a large knowledge base."""
    subjects = kb.subjects_by_measure.get(measure, ())
    if len(subjects) == 1:
        return subjects
    large = [subject for subject in subjects if len(kb.entities[subject].members) >= len(subjects) - 1]
    wholes = [subject for subject in large if set(subjects) - {subject} <= set(kb.entities[subject].members)]
    if len(wholes) == 1:
        return tuple(wholes)  # the world's figure, when every other is one of its parts
    proven = [subject for subject in subjects if subject in proven_wholes(kb)]
    return tuple(proven) if len(proven) == 1 else ()
