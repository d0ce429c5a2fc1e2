"""The parts of a claim checked against one statement: its polarity, dates, figures, names and comparison.

Each part is found in the statement's words (True), not found (False: the claim is unknown), in conflict with
them (a text saying what the sources say instead: the claim is refuted), or not in the claim at all (None).
"""

from __future__ import annotations

from factbot.knowledge.denials import denial_decided, negates
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.understanding.analysis import Analysis, Span, SpanKind


def same_direction(words: set[str], analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """A claim's word of a fall ("cut") is said by a statement that tells of a fall in other words ("drop")."""
    return frozenset(
        index
        for index, word in enumerate(analysis.words)
        if (word.text in kb.down_words and words & kb.down_words) or (word.text in kb.up_words and words & kb.up_words)
    )


Part = bool | str | None
"""True: found in the evidence; False: not found (unknown); a text: conflicts (refuted); None: nothing to check."""


def polarity(statement: Statement, analysis: Analysis, kb: KnowledgeBase) -> Part:
    """The claim's "not" against the statement's, denying words counted ("exclude" is "not include"): against
    "the figures exclude X", "they count X" is the opposite, and a claim saying neither it nor what it denies is
    not settled (False)."""
    quoted = kb.normaliser.words(" ".join(item.quote for item in statement.evidence))
    claimed = tuple(word.text for word in analysis.words)
    if not denial_decided(quoted, claimed, kb):
        return False
    return "the sources say the opposite." if negates(quoted, kb) != negates(claimed, kb) else None


def date_part(statement: Statement, words: set[str], span: Span) -> Part:
    if span.key is None:
        return None
    if statement.when is not None:
        same_year = span.key.year == statement.when.year
        finer = span.key.kind in ("month", "date") and span.key.part and statement.when.part
        if not same_year or (finer and span.key.part != statement.when.part):
            return f"the sources date it {statement.when.label}."
        return True
    return str(span.key.year) in words


def figure_part(words: set[str], span: Span) -> Part:
    quantity = span.quantity
    if quantity is None or quantity.attributive:
        return None
    return f"{abs(quantity.value).normalize():f}" in words or (quantity.spelled and None)


def names_part(statement: Statement, words: set[str], analysis: Analysis, kb: KnowledgeBase) -> Part:
    """Every name the claim makes is involved in the statement; one in another's place refutes it."""
    involved = {*statement.about, *statement.people, *((statement.place,) if statement.place else ())}
    named = {entity for span in analysis.of(SpanKind.ENTITY) for entity in span.targets[:1]}
    missing = [
        entity
        for entity in named
        if entity not in involved and not set(kb.normaliser.words(kb.entities[entity].name)) - kb.stopwords <= words
    ]
    if not missing:
        return True if named else None
    kinds = {kb.entities[entity].kind for entity in missing}
    others = [entity for entity in involved - named if kb.entities[entity].kind in kinds]
    if others:  # "sold to Bolt" where the source says to another company
        return f"the sources say it of {', '.join(sorted(kb.entities[item].name for item in others))}."
    return False


def comparison_part(words: set[str], analysis: Analysis, kb: KnowledgeBase) -> Part:
    """A comparison ("produced more than") is a statement's only if it compares too."""
    compares = [span for span in analysis.of(SpanKind.CUE) if "compare" in span.targets and span.exact]
    if not compares:
        return None
    return bool(words & kb.cue_words.get("compare", frozenset()))
