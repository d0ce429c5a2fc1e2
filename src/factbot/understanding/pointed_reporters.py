"""Who a pronoun points at when that one only reports: "what did she say about X?" after "who is Y?".

One who speaks in the sources (a statement's `people`) and has no figure of its own is not what a figure is
about; a pronoun pointing at such a one, in a question with a reporting verb ("say", "report"), names who
said the figure, as "according to Y" would. The figure is then read afresh, of the one subject its measure
has, and the pronoun is explained where the figure's sentence names the speaker (a speaker tag "JM:" being
an alias the curator gave).
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.context import Context


def only_reports(kb: KnowledgeBase, entity: str, measures: tuple[str, ...]) -> bool:
    """ "The USDA's corn carryover", "BLS unemployment": one who speaks or acts in the sources (a statement's
    `people`) and has no figure of its own, named with a measure, is who reports the figure, not what it is
    about (explained when the figure's sentence names it)."""
    if not measures or kb.measures_of_subject.get(entity) or entity not in speakers(kb):
        return False
    return all(entity not in kb.markets_by_measure.get(measure, frozenset()) for measure in measures)


@lru_cache(maxsize=16)
def speakers(kb: KnowledgeBase) -> frozenset[str]:
    """Everyone who speaks or acts in a statement, once per knowledge base."""
    return frozenset(person for statement in kb.knowledge.statements for person in statement.people)


def pointed_reporter(
    analysis: Analysis, kb: KnowledgeBase, context: Context | None, measures: tuple[str, ...]
) -> tuple[Span, str] | None:
    """The question's pronoun and the one it points at, when that one only reports and a reporting verb is
    asked; None otherwise."""
    last = context.last if context is not None else None
    if not analysis.pronoun or last is None or len(last.subjects) != 1:
        return None
    words = [word.text for word in analysis.words]
    if not set(words) & kb.reporting_verbs or not only_reports(kb, last.subjects[0], measures):
        return None
    index = next((i for i, word in enumerate(words) if word in kb.pronouns), None)
    if index is None:
        return None
    return Span(index, index + 1, SpanKind.ENTITY, (last.subjects[0],)), last.subjects[0]


def unsaid(
    analysis: Analysis, kb: KnowledgeBase, reporters: tuple[tuple[Span, str], ...], said: frozenset[int]
) -> bool:
    """Whether a pronoun names a reporter (`pointed_reporter`) whom the reading's figures do not name (`said`: the
    reporters' words `reported` explains): a pronoun weighs nothing, so the reading is dropped rather than let
    answer with a figure someone else said."""
    return any(
        not span.indexes <= said
        for span, _ in reporters
        if all(analysis.words[index].text in kb.pronouns for index in span.indexes)
    )
