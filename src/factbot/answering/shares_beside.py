"""A share claimed of an amount ("more than 35% of the additions", "three quarters of the adults"): checked
against the share the source states beside the amount ("34% (5.7 GW)"), never against the amount itself.

A bound in percent set against a figure in gigawatts or people compares numbers of different kinds: 5.7 is not
"more than 35%", and 252.1 million is not "more than 75%" for being a bigger number. A source giving an amount
often gives, in the same sentence, the share of a whole that it makes: that share is the figure the claim is
about. Without one, the amount settles nothing, and the answer says what the sources do say.
"""

from __future__ import annotations

from dataclasses import replace

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import describe
from factbot.answering.values import Value, evidence_of, levels, stated
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.numbers import PERCENT_UNIT
from factbot.understanding.reading import Reading


def percent_of_an_amount(reading: Reading, kb: KnowledgeBase) -> bool:
    """A figure claimed in percent of a measure that is not one: a share claimed of an amount. Asked of a rise or
    a fall ("up by more than 10%"), the percent is the size of the change, weighed as a change."""
    measure = reading.measure
    if measure is None or kb.measures[measure].unit == PERCENT_UNIT or reading.rising or reading.falling:
        return False
    return any(value.percent and not (value.points or value.ordinal or value.attributive) for value in reading.values)


def read_as_shares(reading: Reading, outcome: Outcome, kb: KnowledgeBase) -> tuple[Reading, Outcome] | None:
    """A lookup of amounts read as the shares stated beside them, when the question claims a share of them: the
    reading of the shares' measure, and the outcome giving each amount with its share. None when the question
    claims no share of an amount, or some amount has no one share of one measure beside it."""
    if reading.operation != "lookup" or not percent_of_an_amount(reading, kb):
        return None
    assert reading.measure is not None
    amounts = [
        value
        for subject in reading.subjects
        for value in levels(kb, subject, reading.measure, reading.periods, reading.market)
    ]
    shares = [_share_beside(amount, kb) for amount in amounts]
    found = [share for share in shares if share is not None]
    if not found or len(found) < len(shares) or len({share.measure for share in found}) != 1:
        return None
    text = " ".join([outcome.text, *(describe(kb, share) for share in found)])
    evidence = tuple(dict.fromkeys((*outcome.evidence, *evidence_of([share.facts[0] for share in found]))))
    values = tuple(share.amount for share in found)
    return replace(reading, measure=found[0].measure), replace(outcome, text=text, evidence=evidence, values=values)


def _share_beside(amount: Value, kb: KnowledgeBase) -> Value | None:
    """The one share of the amount's subject, period and market that the amount's own sentence states."""
    if len(amount.facts) != 1 or amount.is_change:
        return None
    beside = [fact for fact in kb.facts_by_subject.get(amount.subject, ()) if _said_beside(fact, amount.facts[0], kb)]
    return stated(beside[0]) if len(beside) == 1 else None


def _said_beside(fact: Fact, amount: Fact, kb: KnowledgeBase) -> bool:
    return (
        fact.measure != amount.measure
        and kb.measures[fact.measure].unit == PERCENT_UNIT
        and not (fact.is_change or kb.measures[fact.measure].is_change)  # "up 0.9%" beside it is no share
        and (fact.period, fact.market) == (amount.period, amount.market)
        and (fact.evidence.source, fact.evidence.sentence) == (amount.evidence.source, amount.evidence.sentence)
    )
