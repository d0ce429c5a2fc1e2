"""A date claimed of an event, asked yes or no ("did construction start in 1931?"), against the event's own date.

A dated event says when it happened: a year the question claims that is neither its date nor written in its own
words is a date it did not happen on, and the answer is "No", with the date it did. The year is explained by
the event's date in the first place (`statement_query.states`), so only an event that accounts for the rest of
the question is weighed.

Only a date said as a point inside one calendar year is denied, of an event dated so: "in the 1990s", "in
2022/23" or "in fiscal 2023" span years (an event of 1995 is in the 1990s), and a date after a bound word ("by
1999", "before 2000", "no later than 1999": the lexicon's `calendar.bound_words`) claims a bound the event's date
meets or not, which this does not weigh; nor is a state claimed of what the event began ("did X have a factory
in 2016?", the lexicon's `calendar.state_words`), which lasts past its date.

An event said with a light verb ("began selling", "work started") is dated as the start or end of something, not
the thing itself: "did they sell in 2021?" is not denied by "they started selling in 2019". Such an event is
weighed only when the question says one of its light verbs too (its own words or its keywords).
"""

from __future__ import annotations

from functools import lru_cache

from factbot.answering.claimed_places import place_denied
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.reading import Reading
from factbot.understanding.statement_query import DATE_KINDS, claims_a_date

POINT_KINDS = frozenset({PeriodKind.YEAR, PeriodKind.HALF, PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.DATE})
"""Periods inside one calendar year: two of them in different years are disjoint."""
BOUND_REACH = 3
"""How many words before a date a bound word may stand ("by the end of 2019", "no later than 2019")."""


def date_verdict(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """False when the reading's statement is a dated event on another year than every year the question claims
    as a point; None when the question claims a date the event's own date does not confirm (a date claimed is
    explained by any dated event, so only the event's date may say yes); True when no date is claimed of a dated
    event, or its date is the one claimed (then the statement's polarity decides)."""
    if reading.statement is None or not claims_a_date(analysis, kb):
        return True
    statement = kb.knowledge.statements[reading.statement]
    when = statement.when
    keys = [span.key for span in analysis.of(SpanKind.PERIOD) if span.key is not None]
    if when is None or statement.kind not in DATE_KINDS or not keys:
        return True
    if _denied(reading, analysis, kb, when):
        return False
    return None if any(key.year != when.year or key.kind not in POINT_KINDS for key in keys) else True


def claim_verdict(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """A date or a place claimed of what the statement is about: False when not its own (`claimed_places`,
    `date_verdict`), None when its own date does not confirm the date claimed, else True."""
    return False if place_denied(reading, analysis, kb) else date_verdict(reading, analysis, kb)


def _denied(reading: Reading, analysis: Analysis, kb: KnowledgeBase, when: PeriodKey) -> bool:
    """Every date claimed is a point in another year than the event's, and not written in its own words."""
    assert reading.statement is not None
    own = kb.statement_own_words[reading.statement]
    asked = {word.text for word in analysis.words} & kb.light_words
    if when.kind not in POINT_KINDS or (own & kb.light_words and not asked & kb.statement_words[reading.statement]):
        return False
    if {word.text for word in analysis.words} & _calendar_words(kb, "state_words"):
        return False  # "did X have a factory in 2016?": what the event began may last past its date
    bounds = _calendar_words(kb, "bound_words")
    claimed: list[PeriodKey] = []
    for span in analysis.of(SpanKind.PERIOD):
        if span.key is None:
            continue
        before = analysis.words[max(0, span.first - BOUND_REACH) : span.first]
        if span.key.kind not in POINT_KINDS or any(word.text in bounds for word in before):
            return False  # a span of years, or a bound: not a point this event's date can miss
        claimed.append(span.key)
    return all(key.year != when.year and str(key.year) not in own for key in claimed)


@lru_cache(maxsize=64)
def _calendar_words(kb: KnowledgeBase, key: str) -> frozenset[str]:
    """The lexicon's bound words or state words, as the question's words are read (normalised)."""
    phrases = kb.lexicon.calendar_words.get(key, ())
    return frozenset(word for phrase in phrases for word in kb.normaliser.words(phrase))
