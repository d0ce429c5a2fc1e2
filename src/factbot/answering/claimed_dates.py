"""A date claimed of an event, asked yes or no ("did construction start in 1931?"), against the event's own date.

A dated event says when it happened: a year the question claims that is neither its date nor written in its own
words is a date it did not happen on, and the answer is "No", with the date it did. The year is explained by
the event's date in the first place (`statement_query.states`), so only an event that accounts for the rest of
the question is weighed.

An event said with a light verb ("began selling", "work started") is dated as the start or end of something, not
the thing itself: "did they sell in 2021?" is not denied by "they started selling in 2019". Such an event is
weighed only when the question says one of its light verbs too (its own words or its keywords).
"""

from __future__ import annotations

from factbot.answering.claimed_places import place_denied
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.reading import Reading
from factbot.understanding.statement_query import DATE_KINDS, claims_a_date


def date_denied(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """The reading's statement is a dated event on another year than every year the question claims."""
    if reading.statement is None or not claims_a_date(analysis, kb):
        return False
    statement = kb.knowledge.statements[reading.statement]
    when = statement.when
    if when is None or statement.kind not in DATE_KINDS:
        return False
    own = kb.statement_own_words[reading.statement]
    asked = {word.text for word in analysis.words} & kb.light_words
    if own & kb.light_words and not asked & kb.statement_words[reading.statement]:
        return False
    years = [span.key.year for span in analysis.of(SpanKind.PERIOD) if span.key is not None]
    return bool(years) and all(year != when.year and str(year) not in own for year in years)


def claim_denied(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """A date or a place claimed of what the statement is about, and not its own (`claimed_places`)."""
    return date_denied(reading, analysis, kb) or place_denied(reading, analysis, kb)
