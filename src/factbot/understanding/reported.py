"""Who reported a figure: "according to X", "did X put ... at": explained when the figure's own sentence or note
names X (reporting it, where a reporting verb is asked), or the figure is from the document X names."""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, phrase_starts
from factbot.understanding.documents import names_document
from factbot.understanding.reading import Reading


def reported(
    analysis: Analysis, kb: KnowledgeBase, reading: Reading, reporters: tuple[tuple[Span, str], ...]
) -> frozenset[int]:
    """The "according to X" of the question, when X is named in the sentence or note of a figure the reading
    reads: the source says who reported it. "Did X put ...", with a reporting verb, asks more: the sentence or
    note must have X reporting ("X estimated", "X's estimate"), not merely named."""
    if not reporters or reading.measure is None:
        return frozenset()
    found: set[int] = set()
    for span, entity in reporters:
        verb = analysis.words[span.last - 1].text in kb.reporting_verbs
        if any(_names(kb, entity, subject, reading.measure, verb) for subject in reading.subjects):
            found |= span.indexes
    return frozenset(found)


@lru_cache(maxsize=64)
def _names(kb: KnowledgeBase, entity: str, subject: str, measure: str, reporting: bool = False) -> bool:
    """Whether a figure of (subject, measure) has `entity` named in its sentence or note (`reporting`: just before
    a reporting verb), or is from the document `entity` names (`documents`); read once per kb."""
    names = [kb.normaliser.words(alias) for alias in (kb.entities[entity].name, *kb.entities[entity].aliases)]
    for fact in kb.facts_by_key.get((subject, measure), ()):
        said = tuple(kb.normaliser.words(" ".join(filter(None, (kb.sentence(fact.evidence).text, fact.note or "")))))
        if names_document(kb, entity, fact.evidence.source):
            return True
        starts = [(start, len(name)) for name in names if name for start in phrase_starts(said, name)]
        if any(not reporting or said[start + length : start + length + 1] in _verbs(kb) for start, length in starts):
            return True
    return False


@lru_cache(maxsize=64)
def _verbs(kb: KnowledgeBase) -> frozenset[tuple[str, ...]]:
    return frozenset((verb,) for verb in kb.reporting_verbs)
