"""A period named by an event: "after the settlement", "when the merger was reviewed".

A clause after "when", "after", "before" or "since" that names no period of its own may name
an event the sources date. When one dated statement says most of the clause's words (and more
than any other dated statement), the clause names the period of its date that the measure
asked about has figures for: its day, its month or its year, the finest first.

A clause may also name a period the curator named by its event ("before the takeover", "when
Acme entered the market"), in other words: the alias must look the same way (before, or after:
"when", "since", "because of" look after), say most of the clause's weight and every name in it,
and be the only period that does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.understanding.analysis import Analysis, Span, SpanKind

EVENT_WORDS = ("when", "after", "before", "since")
"""Words after which a clause names an event ("after the settlement")."""
BEFORE_WORDS = ("before", "until", "till", "prior")
"""Event words that look before the event; every other one ("after", "when", "since", "because of") looks after."""
ALIAS_EVENT_WORDS = (*EVENT_WORDS, *BEFORE_WORDS, "because", "following", "upon")
"""Words after which a clause may name a period the curator named by its event."""


@dataclass(frozen=True)
class _Words:
    """The event words as the knowledge's normaliser reads them ("before" is "befor")."""

    event: frozenset[str]
    before: frozenset[str]
    alias: frozenset[str]


@lru_cache(maxsize=64)
def _words(kb: KnowledgeBase) -> _Words:
    def read(words: tuple[str, ...]) -> frozenset[str]:
        return frozenset(word for text in words for word in kb.normaliser.words(text))

    return _Words(read(EVENT_WORDS), read(BEFORE_WORDS), read(ALIAS_EVENT_WORDS))


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
    taken -= _guessed(analysis)
    event = _words(kb)
    found: list[tuple[Span, str]] = []
    for start, word in enumerate(analysis.words):
        if word.text not in event.alias:
            continue
        clause = _clause(analysis, start + 1, event.alias)
        if not clause or taken & set(clause):
            continue
        dated = word.text in event.event and word.text not in event.before  # the event's own period is not before it
        period = _dated_period(analysis, kb, clause, measures) if dated else None
        if period is None:
            period = aliased_period(analysis, kb, clause, word.text in event.before)
        if period is not None:
            found.append((Span(start, clause[-1] + 1, SpanKind.RELATIVE), period))
    return found


def _guessed(analysis: Analysis) -> set[int]:
    """The words of a period span matched loosely to more than one period: it names none of them for sure."""
    return {
        index
        for span in analysis.of(SpanKind.PERIOD)
        if not span.exact and len(span.targets) > 1
        for index in span.indexes
    }


def aliased_period(analysis: Analysis, kb: KnowledgeBase, clause: list[int], before: bool) -> str | None:
    """The one period whose curated event alias looks the same way as the clause, says every name in it and most
    of its weight (`SAID`); None when none does, or several periods do."""
    weighty = [index for index in clause if analysis.weights[index] > 0]
    total = analysis.weight(weighty)
    if not weighty or total == 0:
        return None
    names = [span.indexes for span in analysis.of(SpanKind.ENTITY) if span.indexes <= set(clause)]
    fitting: set[str] = set()
    for period, looks_before, said in event_aliases(kb):
        if looks_before != before:
            continue
        words = {index for index in weighty if analysis.words[index].text in said}
        named = all(all(analysis.words[index].text in said for index in name) for name in names)
        if named and analysis.weight(words) / total >= SAID:
            fitting.add(period)
    return fitting.pop() if len(fitting) == 1 else None


@lru_cache(maxsize=64)
def event_aliases(kb: KnowledgeBase) -> tuple[tuple[str, bool, frozenset[str]], ...]:
    """(period, whether it looks before, the alias's words after its event word) for each period alias that opens
    with an event word ("before Acme entered the market"), read once per knowledge base."""
    found: list[tuple[str, bool, frozenset[str]]] = []
    event = _words(kb)
    for period in kb.periods.values():
        for alias in period.aliases:
            words = kb.normaliser.words(alias)
            if len(words) > 1 and words[0] in event.event | event.before:
                found.append((period.id, words[0] in event.before, frozenset(words[1:]) - kb.stopwords))
    return tuple(found)


def _clause(analysis: Analysis, start: int, event_words: frozenset[str]) -> list[int]:
    """The words after an event word, up to a break, "than", a list word or another event word."""
    words: list[int] = []
    for index in range(start, len(analysis.words)):
        word = analysis.words[index]
        if word.text in CLAUSE_ENDS or word.text in event_words or (words and word.breaks_before):
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
