"""The rest of a whole: a share in percent read the other way ("what share did *not* ...").

A share counts the part of a whole that did something; those that did not are the rest, 100% less the share.
Only exact stated shares are read so: a range or a bound would turn around too, and a figure derived from a
change is one step from the source already. The working shows the subtraction, and the evidence is the share's.
"""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import name, period_phrase, possessive
from factbot.answering.plan import outcome_of
from factbot.answering.values import Value, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT
from factbot.understanding.reading import Reading

WHOLE = Decimal(100)


def rest_of_whole(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Each subject's share taken from the whole, or None unless every subject has one exact stated share (in
    every period named) to take."""
    measure = reading.measure
    if measure is None or reading.missing_periods or kb.measures[measure].unit != PERCENT_UNIT:
        return None
    found: list[Value] = []
    for subject in reading.subjects:
        values = levels(kb, subject, measure, reading.periods, reading.market)
        if not values or not all(value.exact and not value.derived for value in values):
            return None
        found += values
    if not found or any(value.amount > WHOLE or value.amount < 0 for value in found):
        return None
    lines = [f"100% − {value.text} = {_rest(value)}" for value in found]
    text = " ".join(_sentence(kb, value, line) for value, line in zip(found, lines, strict=True))
    return outcome_of(kb, text, found, lines, values=tuple(WHOLE - value.amount for value in found))


def _sentence(kb: KnowledgeBase, value: Value, line: str) -> str:
    owner = possessive(name(kb, value.subject))
    share = kb.measures[value.measure].name
    return f"The rest of the whole, beside {owner} {share}{period_phrase(kb, value.period)}: {_rest(value)} ({line})."


def _rest(value: Value) -> str:
    """Exact to the share's own decimals: 100% − 99.96% is 0.04%, which rounding to one place would make 0.0%."""
    return f"{WHOLE - value.amount:f}%"
