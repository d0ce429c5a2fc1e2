"""A period named by an event: "after the settlement", "when the merger was reviewed".

A clause after "when", "after", "before" or "since" that names no period of its own may name
an event the sources date. When one dated statement says most of the clause's words (and more
than any other dated statement), the clause names the period of its date that the measure
asked about has figures for: its day, its month or its year, the finest first.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.periods import PeriodKey, PeriodKind
from factbot.understanding.analysis import Analysis, Span, SpanKind

EVENT_WORDS = frozenset({"when", "after", "before", "since"})
"""Words after which a clause names an event ("after the settlement")."""
CLAUSE_ENDS = frozenset({"than", "and", "or", "but"})
SAID = 0.6
"""The share of the clause's weighty words the event's statement must say."""


def event_periods(analysis: Analysis, kb: KnowledgeBase, measures: tuple[str, ...]) -> list[tuple[Span, str]]:
    """(clause span, period) for each event clause whose event the sources date, for the measures asked."""
    if not measures:
        return []
    taken = {
        index for span in analysis.spans if span.kind in (SpanKind.PERIOD, SpanKind.RELATIVE) for index in span.indexes
    }
    found: list[tuple[Span, str]] = []
    for start, word in enumerate(analysis.words):
        if word.text not in EVENT_WORDS:
            continue
        clause = _clause(analysis, start + 1)
        if not clause or taken & set(clause):
            continue
        period = _dated_period(analysis, kb, clause, measures)
        if period is not None:
            found.append((Span(start, clause[-1] + 1, SpanKind.RELATIVE), period))
    return found


def _clause(analysis: Analysis, start: int) -> list[int]:
    """The words after an event word, up to a break, "than", a list word or another event word."""
    words: list[int] = []
    for index in range(start, len(analysis.words)):
        word = analysis.words[index]
        if word.text in CLAUSE_ENDS or word.text in EVENT_WORDS or (words and word.breaks_before):
            break
        words.append(index)
    return words


def _dated_period(analysis: Analysis, kb: KnowledgeBase, clause: list[int], measures: tuple[str, ...]) -> str | None:
    weighty = [index for index in clause if analysis.weights[index] > 0]
    total = analysis.weight(weighty)
    if not weighty or total == 0:
        return None
    statements = kb.knowledge.statements
    candidates = {n for index in weighty for n in kb.statements_by_word.get(analysis.words[index].text, ())}
    scored: list[tuple[float, int]] = []
    for number in candidates:
        if statements[number].when is None:
            continue
        own = kb.statement_words[number]
        said = analysis.weight(index for index in weighty if analysis.words[index].text in own) / total
        scored.append((said, number))
    if not scored:
        return None
    best = max(said for said, _ in scored)
    dates = {statements[number].when for said, number in scored if said == best}
    if best < SAID or len(dates) != 1:
        return None  # too little said, or two events that fit as well on different dates
    when = dates.pop()
    assert when is not None
    return _period_with_figures(kb, when, measures)


def _period_with_figures(kb: KnowledgeBase, when: PeriodKey, measures: tuple[str, ...]) -> str | None:
    """The finest declared period holding the date that a figure of the measures is given for."""
    keys = [when]
    if when.kind is PeriodKind.DATE:
        keys.append(PeriodKey(PeriodKind.MONTH, when.year, when.part))
    keys.append(PeriodKey(PeriodKind.YEAR, when.year))
    for key in keys:
        for period in kb.periods_by_key.get(key, ()):
            if any(kb.facts_for(measure, (period,)) for measure in measures):
                return period
    return None
