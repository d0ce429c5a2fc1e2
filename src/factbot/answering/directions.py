"""Which way a figure moved, by what an answer and the sources say: asked "did it rise?" or "up or down?".

The evidence is, in turn: the direction the answer says in words only ("declined in {year}"), the signs of the
stated changes, a rate of change ("income growth"), the way a measure of changes names ("decline in sales"),
the change computed between two levels, and the one figure's quote ("fell to 45%"). "Did it go up or down?"
asks no yes or no but which way: a word of each direction, joined by "or", and the answer names the way.
"""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.alike import moves, named_direction
from factbot.answering.outcome import Outcome
from factbot.answering.rates import rate_values, rising
from factbot.answering.values import changes, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.reading import Reading

ALTERNATIVE = "or"
REACH = 2
"""How far from "or" each direction word may stand: "go up or go down"."""


def asks_which_way(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """ "Did it go up or down?", "has it risen or fallen?": a word of each direction on either side of "or"."""
    texts = [word.text for word in analysis.words]
    for index, text in enumerate(texts):
        if text != ALTERNATIVE:
            continue
        before, after = set(texts[max(0, index - REACH) : index]), set(texts[index + 1 : index + 1 + REACH])
        if (before & kb.up_words and after & kb.down_words) or (before & kb.down_words and after & kb.up_words):
            return True
    return False


def which_way(reading: Reading, outcome: Outcome, kb: KnowledgeBase) -> bool | None:
    """True when the figure went up, False when down; None when the evidence does not say one way only."""
    if reading.measure is None:
        return None
    up, down = moved_as_asked(reading, outcome, kb, True), moved_as_asked(reading, outcome, kb, False)
    if up is None or down is None or up == down:
        return None
    return up


def moved_as_asked(reading: Reading, outcome: Outcome, kb: KnowledgeBase, up: bool) -> bool | None:
    """Whether the figure went the way asked (`up`, else down), by what the outcome and the sources say."""
    assert reading.measure is not None
    if outcome.direction is not None:  # said in words only: "declined in {year}"
        return outcome.direction == up
    stated = [
        value
        for subject in reading.subjects
        for value in (
            *changes(kb, subject, reading.measure, reading.periods, reading.market),
            *levels(kb, subject, reading.measure, reading.periods, reading.market),
        )
        if moves(kb, value)  # a stated change, or a figure of a signed measure of changes
    ]
    if stated:
        return all((value.amount > 0) == up for value in stated)
    rates = [rising(kb, value) for value in rate_values(kb, reading)]  # "is income going up?" of income growth
    if rates and None not in rates:
        return all(rate == up for rate in rates)
    return _computed_direction(reading, outcome, kb, up)


def _computed_direction(reading: Reading, outcome: Outcome, kb: KnowledgeBase, up: bool) -> bool | None:
    """The way a measure of changes names, the change computed between two levels, or the quote's word."""
    assert reading.measure is not None
    if kb.measures[reading.measure].is_change:  # "decline in sales" of 16.1%: a fall its name says, or unsettled
        direction = named_direction(kb, reading.measure)
        return None if direction is None or not outcome.values else direction == up
    if reading.operation == "change" and outcome.values and outcome.values[0]:
        return (outcome.values[0] > 0) == up  # the change computed between two levels
    return _quoted_direction(reading, outcome, up, kb)


def _quoted_direction(reading: Reading, outcome: Outcome, up: bool, kb: KnowledgeBase) -> bool | None:
    """ "Did the share rise?" of a level its sentence says it "fell to": the one figure found, quoted with a word
    of one direction only, settles the direction asked; a quote with words of both ways, or none, does not."""
    if reading.operation != "lookup" or len(outcome.values) != 1 or not outcome.evidence:
        return None
    said = {word for item in outcome.evidence for word in kb.normaliser.words(item.quote)}
    says_up, says_down = bool(said & kb.up_words), bool(said & kb.down_words)
    return None if says_up == says_down else says_up == up


def went_up(kb: KnowledgeBase, measure: str, delta: Decimal, said: bool | None) -> bool | None:
    """Which way one change went: as the answer says it in words, else as the measure's name says ("decline in
    sales": its 10.1% is a fall), else by its sign; None for no change."""
    if said is not None:
        return said
    named = named_direction(kb, measure)
    if named is not None:
        return named
    return delta > 0 if delta else None
