"""Which of a set moved the way asked: "which of them saw sales fall in 2023?" is the set of subjects whose stated
change is a fall.

Every subject of the set must have one change for the period, whose direction is known (its sign, or the
direction its measure's name says: a "decline" of 5%); otherwise the sources cannot say who did not move that
way, and nothing is answered. Of a group's members, those the sources give no change for at all are named as
unsaid beside the answer, when at least two others have one: who moved the way asked among those is known.
The set is one the question names (its subjects, or a group's members), never "everyone": those the sources
give a change for are not all there are.
"""

from __future__ import annotations

from factbot.answering import sets
from factbot.answering.alike import shown
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import name, names, period_phrase
from factbot.answering.plan import outcome_of
from factbot.answering.rates import rising
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


def moved(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The subjects of the set whose change went the way the question asks; None unless one way is asked and
    every subject's one change has a known direction."""
    if reading.measure is None or reading.falling == reading.rising or reading.missing_periods or reading.everyone:
        return None  # everyone the sources give a change for is not everyone: who else moved is unsaid
    subjects = sets.members_of(kb, reading)
    if len(subjects) < 2 or len(reading.periods) > 1:
        return None
    found: list[tuple[Value, bool]] = []
    unsaid: list[str] = []  # members of a group the sources give no change for: which way they moved is unsaid
    for subject in subjects:
        values = _changes(kb, reading, subject)
        direction = rising(kb, values[0]) if len(values) == 1 else None
        if direction is None and not values and reading.group is not None:
            unsaid.append(subject)
            continue
        if direction is None:
            return None
        found.append((values[0], direction))
    if len(found) < 2 or len({value.period for value, _ in found}) != 1:
        return None
    chosen = [value for value, up in found if up == reading.rising]
    others = [value for value, up in found if up != reading.rising]
    way = "rose" if reading.rising else "fell"
    what = f"{kb.measures[reading.measure].name}{period_phrase(kb, found[0][0].period)}"
    listed = "; ".join(f"{name(kb, value.subject)}: {shown(kb, value)}" for value, _ in found)
    if not chosen and unsaid:
        return None  # none of those with a figure: the others may have
    if not chosen:
        text = f"None of them: {what} {way} for none of {names(kb, subjects)} ({listed})."
    else:
        text = f"{names(kb, [value.subject for value in chosen])}: {what} {way} ({listed})."
    if unsaid:
        text += f" The sources give no {kb.measures[reading.measure].name} for {names(kb, unsaid)}."
    return outcome_of(kb, text, [*chosen, *others], subjects=tuple(value.subject for value in chosen))


def _changes(kb: KnowledgeBase, reading: Reading, subject: str) -> list[Value]:
    """The subject's changes for the period asked: stated changes of a level, or figures of a measure of changes."""
    assert reading.measure is not None
    periods, market = reading.periods, reading.market
    if kb.measures[reading.measure].is_change:
        return levels(kb, subject, reading.measure, periods, market)
    return changes(kb, subject, reading.measure, periods, market)
