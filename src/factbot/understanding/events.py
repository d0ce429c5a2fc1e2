"""Elapsed time: the question names two events, and each is one dated statement.

"How many years after the merger did the regulator move to change the order?", "How many days
between the May filing and the amended complaint?": the words on either side of the
divider ("between ... and", "after", "before", "since") describe one event each. A pair
of dated statements is read only if each explains its own side; the pair explaining
the most of both sides is the reading. Without a divider, any two dated statements that
each explain words the other does not make a pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.operations import ELAPSED
from factbot.understanding.reading import Reading, revised

MAX_EVENTS = 8
TIME_UNITS = ("day", "month", "year")
"""The units elapsed time is asked in, as the normaliser folds them ("how many days")."""
BETWEEN = "between"
DIVIDERS = frozenset({"after", "before", "since"})
"""Words after which one event is named ("after the merger"), up to the verb of the other ("did ...")."""


def elapsed_readings(
    analysis: Analysis,
    statements: list[Reading],
    cue: frozenset[int],
    kb: KnowledgeBase,
    figures: Iterable[Reading] = (),
) -> Iterator[Reading]:
    """`figures`: the readings over facts. With no divider, a figure whose reading explains the cue ("how much
    time did X spend", a figure in hours) is what is asked, not the time between two statements that each
    happen to name some of the question's words."""
    sides = _sides(analysis, kb)
    if sides is None and cue and any(cue <= reading.explained for reading in figures):
        return
    dated = [
        reading
        for reading in statements
        if reading.statement is not None and kb.knowledge.statements[reading.statement].when is not None
    ]
    dated = [_as_event(reading, analysis, kb) for reading in dated]
    if sides is None:
        dated = dated[:MAX_EVENTS]
    pairs = [(first, second) for index, first in enumerate(dated) for second in dated[index + 1 :]]
    if sides is None:
        pairs = [(a, b) for a, b in pairs if not (a.explained <= b.explained or b.explained <= a.explained)]
    else:
        weights = {id(event): _on_sides(event, sides, analysis) for event in dated}  # once per event, not per pair
        ranked = [(_fit(a, b, weights), a, b) for a, b in pairs if _may_fit(weights[id(a)], weights[id(b)])]
        best = max((fit for fit, _, _ in ranked), default=(0.0, 0.0, 0.0))
        pairs = [(a, b) for fit, a, b in ranked if fit[0] > 0 and fit == best]
    texts = {word.text for word in analysis.words}
    unit = next((unit for unit in TIME_UNITS if unit in texts), "")
    for first, second in pairs:
        assert first.statement is not None and second.statement is not None
        yield Reading(
            operation=ELAPSED,
            time_unit=unit,
            statements=(first.statement, second.statement),
            explained=first.explained | second.explained | cue,
            cued=True,
            focus=(first.focus + second.focus) / 2,
            proximity=first.proximity + second.proximity,
        )


def _as_event(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> Reading:
    """A dated statement as an event: a period of the question explains it only if it is the statement's date
    ("the May 2024 filing" is not the amended complaint that mentions it)."""
    assert reading.statement is not None
    when = kb.knowledge.statements[reading.statement].when
    assert when is not None
    other_dates = {
        index
        for span in analysis.of(SpanKind.PERIOD)
        if span.key is not None and not _may_be(span.key, when)
        for index in span.indexes
    }
    return revised(reading, explained=reading.explained - other_dates) if other_dates else reading


def _may_be(asked: PeriodKey, when: PeriodKey) -> bool:
    """Whether a period the question names may be a statement's date: the same year, and the same month when
    both give one."""
    months = (PeriodKind.MONTH, PeriodKind.DATE)
    return asked.year == when.year and not (asked.kind in months and when.kind in months and asked.part != when.part)


def _sides(analysis: Analysis, kb: KnowledgeBase) -> tuple[frozenset[int], frozenset[int]] | None:
    """The indexes of the words naming each event, or None when the question has no divider."""
    texts = [word.text for word in analysis.words]
    if BETWEEN in texts:
        start = texts.index(BETWEEN) + 1
        ands = [index for index in range(start, len(texts)) if texts[index] == "and"]
        if ands:
            return frozenset(range(start, ands[-1])), frozenset(range(ands[-1] + 1, len(texts)))
    divider = next((index for index, text in enumerate(texts) if text in DIVIDERS), None)
    if divider is None:
        return None
    end = next((index for index in range(divider + 1, len(texts)) if texts[index] in kb.yes_no_openers), len(texts))
    first = frozenset(range(divider + 1, end))
    return first, frozenset(range(len(texts))) - first - {divider}


def _on_sides(event: Reading, sides: tuple[frozenset[int], frozenset[int]], analysis: Analysis) -> tuple[float, float]:
    """The weight an event explains of each side."""
    return analysis.weight(event.explained & sides[0]), analysis.weight(event.explained & sides[1])


def _may_fit(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Whether a pair names both sides in one order or the other: a pair that does not fits nothing (`_fit` gives it
    zero), and with dozens of dated statements most pairs are such, so they are not weighed at all."""
    return (first[0] > 0 and second[1] > 0) or (second[0] > 0 and first[1] > 0)


def _fit(first: Reading, second: Reading, weights: dict[int, tuple[float, float]]) -> tuple[float, float, float]:
    """How well the pair names the two events, one a side (in either order): what each explains of its own side,
    then (less is better) of the other side, then how closely each matches; zero when a side is not named."""
    options = [(first, second), (second, first)]
    fits = []
    for one, other in options:
        own = (weights[id(one)][0], weights[id(other)][1])
        if min(own) <= 0:
            continue
        crossed = weights[id(one)][1] + weights[id(other)][0]
        fits.append((round(sum(own), 4), -round(crossed, 4), round(one.focus + other.focus, 4)))
    return max(fits, default=(0.0, 0.0, 0.0))
