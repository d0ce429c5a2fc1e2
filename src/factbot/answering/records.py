"""Yes/no about a record: "was <measure> at a record high in <period>?", "was the rate a record low?".

A source says which figure is a record in its own words ("reached a record 49.1 million
bags the previous year", "to 62.0, a record low"). The figure asked about is a record (high
or low, as asked) when its own quote says so, in a clause naming no other period; it is not
when the source calls another period's higher figure the record high (lower: the record
low), or calls it the opposite record. Anything else is left unsettled: a record high of
another period says nothing of a record low.
"""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.clauses import clauses
from factbot.answering.said_changes import own_periods_only, the_figures_own
from factbot.answering.values import levels
from factbot.knowledge.denials import negates
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.numbers import RANK_UNIT
from factbot.understanding.analysis import Analysis, phrase_starts
from factbot.understanding.reading import Reading
from factbot.understanding.records import record_phrases, record_words

HIGH, LOW = "record", "record_low"


def asked_record(analysis: Analysis, kb: KnowledgeBase) -> str | None:
    """The kind of record the question asks of ("record" high or "record_low"); None for neither or both."""
    low = record_words(analysis, kb, (LOW,))
    high = bool(record_words(analysis, kb, (HIGH,)) - low)  # the "record" of "record low" asks no high
    return None if high == bool(low) else HIGH if high else LOW


def asks_record(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """The question asks whether a figure is a record, high or low (one kind only, as `asked_record` has it)."""
    return asked_record(analysis, kb) is not None


def record_verdict(reading: Reading, kb: KnowledgeBase, kind: str = HIGH) -> bool | None:
    """True when the asked figure's quote calls it a record of the kind asked; False when it calls it the
    opposite record, or calls another figure of the same subject and measure beyond it that record; None
    otherwise."""
    if reading.measure is None or len(reading.subjects) != 1 or len(reading.periods) != 1:
        return None
    subject, measure, period = reading.subjects[0], reading.measure, reading.periods[0]
    asked = {value.amount for value in levels(kb, subject, measure, (period,), reading.market)}
    if len(asked) != 1:
        return None  # none, or figures that differ: which is meant is unsaid
    amount = asked.pop()
    if kb.measures[measure].unit == RANK_UNIT:  # "the fifth-most profitable year on record" is no record
        return amount == 1 if kind == HIGH else None
    facts = [fact for fact in kb.facts_by_key.get((subject, measure), ()) if not fact.is_change]
    return _said_of(facts, period, amount, kind, kb)


def _said_of(facts: list[Fact], period: str, amount: Decimal, kind: str, kb: KnowledgeBase) -> bool | None:
    """What the facts' own words say of the figure `amount` of `period` being a record of the kind."""
    records = [fact for fact in facts if _called_record(fact, kb, kind)]
    if any(fact.period == period for fact in records):
        return True
    opposite = LOW if kind == HIGH else HIGH
    if any(fact.period == period and _called_record(fact, kb, opposite) for fact in facts):
        return False  # called a record low, asked a record high: it is no high
    beyond = [fact for fact in records if fact.period != period]
    if any(fact.value > amount if kind == HIGH else fact.value < amount for fact in beyond):
        return False
    return None


def _called_record(fact: Fact, kb: KnowledgeBase, kind: str) -> bool:
    """The fact's words call it a record of the kind: its quote, or a context quote of its own sentence ("62.0
    widgets per 1,000 workers ..., to a record low"), says a phrase of that kind and none of the other, of the figure
    (`_kinds_said`), in clauses naming no other period. A quote denying a record ("not a record") settles
    nothing."""
    for quote in _own_quotes(fact):
        said: set[str] = set()
        for clause in clauses(quote):
            if not own_periods_only(clause, fact, kb):  # "from a record high in 2008": another period's record
                continue
            kinds = _kinds_said(kb.normaliser.words(clause), fact, kb)
            if kinds is None:
                break
            said |= kinds
        else:
            if len(said) == 1:
                return kind in said
    return False


def _kinds_said(words: tuple[str, ...], fact: Fact, kb: KnowledgeBase) -> set[str] | None:
    """The kinds of record the words say of the figure ("record low" says a low, and its "record" no high);
    None when they deny one ("not a record")."""
    found: list[tuple[str, int, int]] = []
    rest = list(words)
    for phrase in record_phrases(kb, LOW):
        for start in phrase_starts(words, phrase):
            found.append((LOW, start, start + len(phrase)))
            rest[start : start + len(phrase)] = [""] * len(phrase)
    for phrase in record_phrases(kb, HIGH):
        found += [(HIGH, start, start + len(phrase)) for start in phrase_starts(tuple(rest), phrase)]
    if found and negates(words, kb):
        return None
    anchors = _anchors(words, fact, kb)
    return {kind for kind, start, end in found if _of_the_figure(words, (start, end), anchors, fact, kb)}


def _anchors(words: tuple[str, ...], fact: Fact, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """Where the clause names the figure: its value, or its measure's name or aliases."""
    item = kb.measures[fact.measure]
    texts = (fact.value_text, item.name, *item.aliases)
    phrases = {phrase for phrase in map(kb.normaliser.words, texts) if phrase}
    return [(start, start + len(phrase)) for phrase in phrases for start in phrase_starts(words, phrase)]


def _of_the_figure(
    words: tuple[str, ...], said: tuple[int, int], anchors: list[tuple[int, int]], fact: Fact, kb: KnowledgeBase
) -> bool:
    """Whether the record phrase at `said` is said of the figure: only the figure's own words stand between it
    and the figure or its measure's name ("a record 150 widgets"), or, the clause naming neither, the clause's
    start ("..., a record low"). "4% in 2021 while complaints hit a record low" is a record of complaints."""
    start, end = said
    if not anchors:
        return the_figures_own(words[:start], fact, kb)
    return any(
        the_figures_own(words[low:high], fact, kb)
        for low, high in (
            (anchor_end, start) if anchor_end <= start else (end, anchor_start) for anchor_start, anchor_end in anchors
        )
    )


def _own_quotes(fact: Fact) -> tuple[str, ...]:
    """The fact's quote, and its context quotes from the same sentence."""
    same = (
        item.quote
        for item in fact.context
        if (item.source, item.sentence) == (fact.evidence.source, fact.evidence.sentence)
    )
    return (fact.evidence.quote, *same)
