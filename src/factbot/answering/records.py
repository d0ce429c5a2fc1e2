"""Yes/no about a record: "Were imports at a record high in 2022/23?".

A source says which figure is a record in its own words ("reached a record 49.1 million
bags the previous year"). The figure asked about is a record when its own quote says so;
it is not when the source calls another period's higher figure the record. Anything else,
a record low included, is left unsettled.
"""

from __future__ import annotations

from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.numbers import RANK_UNIT
from factbot.understanding.analysis import Analysis, phrase_starts
from factbot.understanding.reading import Reading
from factbot.understanding.records import record_phrases, record_words


def asks_record(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """The question asks whether a figure is a record (high), not a record low."""
    return bool(record_words(analysis, kb, ("record",))) and not record_words(analysis, kb, ("record_low",))


def record_verdict(reading: Reading, kb: KnowledgeBase) -> bool | None:
    """True when the asked figure's quote calls it a record; False when the source calls another, higher figure
    of the same subject and measure the record; None otherwise."""
    if reading.measure is None or len(reading.subjects) != 1 or len(reading.periods) != 1:
        return None
    subject, measure, period = reading.subjects[0], reading.measure, reading.periods[0]
    asked = levels(kb, subject, measure, (period,), reading.market)
    if len(asked) != 1:
        return None
    if kb.measures[measure].unit == RANK_UNIT:  # "the fifth-most profitable year on record" is no record
        return asked[0].amount == 1
    facts = [fact for fact in kb.facts_by_key.get((subject, measure), ()) if not fact.is_change]
    records = [fact for fact in facts if _called_record(fact, kb)]
    if any(fact.period == period for fact in records):
        return True
    if any(fact.period != period and fact.value > asked[0].amount for fact in records):
        return False
    return None


def _called_record(fact: Fact, kb: KnowledgeBase) -> bool:
    """The fact's quote calls it a record high: a phrase of a record, and none of a record low."""
    quote = kb.normaliser.words(fact.evidence.quote)
    said = [phrase for phrase in record_phrases(kb, "record") if phrase_starts(quote, phrase)]
    return bool(said) and not any(phrase_starts(quote, phrase) for phrase in record_phrases(kb, "record_low"))
