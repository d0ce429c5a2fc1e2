"""The gap between one subject's figures of two periods, when the sources state only the change between them.

"How many fewer were admitted in 2016 than in 2015?" asks the difference of two levels; the sources may give
neither level, only that admissions fell by 2,300 in 2016 (from 2015). That stated change is the gap asked:
the change of the later period, counted from the earlier one (its `since`, or, none said, the period just
before it). A change in percent is no gap in units, and is never used.
"""

from __future__ import annotations

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import describe
from factbot.answering.plan import outcome_of
from factbot.answering.values import changes
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


def stated_gap(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The stated change from the earlier period named to the later, or None."""
    if reading.measure is None or len(set(reading.subjects)) != 1 or len(set(reading.periods)) != 2:
        return None
    earlier, later = sorted(set(reading.periods), key=kb.period_order)
    found = [
        value
        for value in changes(kb, reading.subjects[0], reading.measure, (later,), reading.market)
        if not any(fact.percent for fact in value.facts) and _counted_from(kb, value.facts[0].since, earlier, later)
    ]
    if len(found) != 1:
        return None
    value = found[0]
    since = kb.period(earlier).label.removeprefix("in ")  # labels read "in 2015"
    text = f"{describe(kb, value).rstrip('.')}, from {since}."
    return outcome_of(kb, text, [value], values=(abs(value.amount),))


def _counted_from(kb: KnowledgeBase, since: str | None, earlier: str, later: str) -> bool:
    if since is not None:
        return since == earlier
    first, last = kb.period_order(earlier), kb.period_order(later)
    return not any(first < kb.period_order(other) < last for other in kb.knowledge.periods)
