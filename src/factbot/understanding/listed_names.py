"""A word in a list of names that names one of them short: "from export, ethanol and livestock feed".

People list things by the word that tells them apart: "corn for export", "corn for ethanol"
and "feed usage by livestock" become "export, ethanol and livestock feed". A word listed
beside names that has no name of its own, only a measure's ("exports"), means the one entity
whose names hold it, when that entity has figures for a measure the question names.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.member_lists import members_naming_group
from factbot.understanding.short_names import entity_name_words


def listed_names(
    analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]], measures: tuple[str, ...]
) -> tuple[list[tuple[Span, str]], tuple[str, ...]]:
    """The entities and measures, with each one-word measure span listed beside named entities read as the one
    entity it names short (see the module); unchanged when there is none. Members listed before their group name
    the group (`member_lists`)."""
    entities = members_naming_group(analysis, kb, entities)
    if not entities or len(measures) < 2:
        return entities, measures
    named = [span for span, _ in entities]
    found: list[tuple[Span, str]] = []
    for span in analysis.of(SpanKind.MEASURE):
        if span.last - span.first != 1 or not _listed_beside(analysis, kb, span, named):
            continue
        others = tuple(measure for measure in measures if measure not in span.targets)
        meant = _named_short(kb, analysis.words[span.first].text, others, {entity for _, entity in entities})
        if meant is not None:
            found.append((Span(span.first, span.last, SpanKind.ENTITY, (meant,)), meant))
    if not found:
        return entities, measures
    places = {span.first for span, _ in found}
    measure_spans = analysis.of(SpanKind.MEASURE)
    dropped = {target for other in measure_spans if other.first in places for target in other.targets}
    elsewhere = {target for other in measure_spans if other.first not in places for target in other.targets}
    kept = tuple(measure for measure in measures if measure not in dropped or measure in elsewhere)
    return sorted([*entities, *found], key=lambda item: item[0].first), kept


def _listed_beside(analysis: Analysis, kb: KnowledgeBase, span: Span, named: list[Span]) -> bool:
    """A name span right after it, or right before it, with only a comma or a list word ("and", "or") between."""
    words = analysis.words
    after = span.last < len(words) and (words[span.last].breaks_before or words[span.last].text in kb.list_words)
    following = span.last + (0 if span.last < len(words) and words[span.last].breaks_before else 1)
    before = span.first > 0 and (words[span.first].breaks_before or words[span.first - 1].text in kb.list_words)
    preceding = span.first - (0 if words[span.first].breaks_before else 1)
    return (after and any(other.first == following for other in named)) or (
        before and any(other.last == preceding for other in named)
    )


def _named_short(kb: KnowledgeBase, word: str, measures: tuple[str, ...], named: set[str]) -> str | None:
    """The one entity, not named already, with figures for one of the measures, whose names hold the word and no
    other entity's do."""
    holders = [entity for entity in kb.entities if word in entity_name_words(kb, entity)]
    if len(holders) != 1 or holders[0] in named:
        return None
    return holders[0] if any(holders[0] in kb.subject_set(measure) for measure in measures) else None
