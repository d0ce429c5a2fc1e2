"""Names a measure's own name holds: "size rank among Japan's automakers" names the field the rank is taken in.

A question that names that field ("where does Honda rank among Japan's automakers?") names it to say which rank
it means, not to ask about it: an entity whose every word is a word of the measure's name, and which has no
figure of that measure, is explained by the measure and is no subject of the reading. So is one the quotes of the
other subjects' figures say ("carried more passengers to and from the United States"): it places those figures.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.cited_words import quoted_words


def named_by_measure(
    analysis: Analysis, kb: KnowledgeBase, measure: str | None, entities: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """The entities the measure's name describes, of those named; none when that would leave no subject."""
    if measure is None or len(entities) < 2:
        return []
    name_words = _name_words(kb, measure)
    subjects = kb.subject_set(measure)
    described = [
        (span, entity)
        for span, entity in entities
        if entity not in subjects and {analysis.words[index].text for index in span.indexes} <= name_words
    ]
    return described if len(described) < len({entity for _, entity in entities}) else []


def said_in_quotes(
    analysis: Analysis, kb: KnowledgeBase, measure: str | None, entities: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """The entities with no figure of the measure whose words the quote of every other named subject's figure of
    it says ("foreign airlines carried 6.1 percent more passengers to and from the United States"): the quote
    places those figures, so the name describes them and is no subject of its own. None when no named subject
    has a figure of the measure, or when that would leave no subject."""
    if measure is None or len(entities) < 2:
        return []
    subjects = kb.subject_set(measure)
    holders = {entity for _, entity in entities if entity in subjects}
    if not holders or len(holders) == len({entity for _, entity in entities}):
        return []  # every name has figures of the measure: none only describes another's
    said = [_quoted_of(kb, holder, measure) for holder in holders]
    described = [
        (span, entity)
        for span, entity in entities
        if entity not in subjects
        and (words := {analysis.words[index].text for index in span.indexes} - kb.stopwords)
        and all(words <= quoted for quoted in said)
    ]
    return described if len(described) < len({entity for _, entity in entities}) else []


@lru_cache(maxsize=4096)
def _quoted_of(kb: KnowledgeBase, subject: str, measure: str) -> frozenset[str]:
    """Every word the quotes of the subject's figures of the measure say, once per knowledge base."""
    return frozenset().union(*(quoted_words(kb, fact) for fact in kb.facts_by_key.get((subject, measure), ())))


@lru_cache(maxsize=1024)
def _name_words(kb: KnowledgeBase, measure: str) -> frozenset[str]:
    """The words of the measure's name, once per knowledge base and measure."""
    return frozenset(kb.normaliser.words(kb.measures[measure].name))


def closed_by_measure(
    analysis: Analysis, kb: KnowledgeBase, measure: str | None, entities: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """The entities with no figure of the measure whose name ends in the measure's alias ("the share of people
    working from home", where "working from home" names the share): said for the measure, not as a subject."""
    if measure is None or not entities:
        return []
    subjects = kb.subject_set(measure)
    outside = [(span, entity) for span, entity in entities if entity not in subjects]
    if not outside:  # every name has figures of the measure: the measure's spans are not looked at
        return []
    closing = [span for span in analysis.of(SpanKind.MEASURE) if measure in span.targets]
    return [
        (span, entity)
        for span, entity in outside
        if any(inner.last == span.last and span.first < inner.first for inner in closing)
    ]
