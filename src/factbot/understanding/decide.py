"""The decision: answer, ask which was meant, or say the sources do not say.

The readings are sorted by score, ties broken by a stable key. The best must explain
enough of the question (`THRESHOLD`); otherwise the answer is unknown, and it names the
words no source covers. Readings within `MARGIN` of the best compete: the ones the
knowledge can evaluate win over the ones it cannot, and two that can but give different
answers make factbot ask which one was meant. This is the shape of snips-nlu's
deterministic parser and Rasa's fallback classifier (a threshold plus a top-two margin).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from typing import TypeVar

from factbot.understanding.frozen import quick_init
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import Score
from factbot.understanding.statement_query import STATED_SUPERLATIVES

THRESHOLD = 0.74
MARGIN = 0.045
MAX_OPTIONS = 4
STATEMENT_TIE = 0.008
FOCUS_TIE = 0.05
"""Two statements clarify only on a near tie: the closer match is usually the one meant."""

T = TypeVar("T")


class Verdict(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    UNKNOWN = "unknown"
    """The question is understood, but the sources do not hold its answer."""
    NOT_UNDERSTOOD = "not understood"
    """No reading explains enough of the question."""


@quick_init
@dataclass(frozen=True)
class Scored:
    reading: Reading
    score: Score


@quick_init
@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    best: Scored | None
    options: tuple[Scored, ...] = ()


def ranked(scored: Sequence[Scored]) -> list[Scored]:
    """Best first; equal scores go to the more focused statement, then to a stable key, never to input order.

    The stable key is the reading's key as text, which takes time to write: it is written only for readings
    that tie on score and focus."""
    order = sorted(scored, key=lambda item: (-item.score.total, -item.reading.focus))
    result: list[Scored] = []
    for _, tied in groupby(order, key=lambda item: (item.score.total, item.reading.focus)):
        run = list(tied)
        if len(run) > 1:
            run.sort(key=lambda item: str(item.reading.key))
        result += run
    return result


def decide(
    scored: Sequence[Scored],
    feasible: Callable[[Reading], T | None],
    same: Callable[[T, T], bool],
    decides: Callable[[T], bool] = lambda _: True,
    partial: Callable[[T], bool] = lambda _: False,
) -> tuple[Decision, T | None]:
    """Pick a reading: `feasible` evaluates one (None when the knowledge cannot answer it). Asked yes or no, an
    outcome that settles it (`decides`) goes before contenders' that only give the figures: a near reading whose
    evidence says yes or no answers what the best one could not. An outcome over only part of what was asked
    (`partial`: the members of a group the sources give a figure for) answers only when no contender's is whole."""
    order = ranked(scored)
    if not order or order[0].score.confidence < THRESHOLD:  # bonuses order readings; they never make one enough
        return Decision(Verdict.NOT_UNDERSTOOD, order[0] if order else None), None
    best_total = order[0].score.total
    contenders = [item for item in order if best_total - item.score.total <= MARGIN]
    if order[0].reading.missing_periods and order[0].reading.statement is None:
        contenders = [item for item in contenders if item.reading.statement is None]  # a figure of a year not given
    answered: list[tuple[Scored, T]] = []
    for item in contenders:
        outcome = feasible(item.reading)
        if outcome is not None and not any(same(outcome, other) for _, other in answered):
            answered.append((item, outcome))
    answered = [pair for pair in answered if not partial(pair[1])] or answered
    if not answered:
        stated = _stated_instead(order, feasible)
        if stated is not None:
            return Decision(Verdict.ANSWER, stated[0]), stated[1]
        return Decision(Verdict.UNKNOWN, order[0]), None
    first, outcome = answered[0]
    strongest = [
        item
        for item, _ in answered
        if first.score.total - item.score.total < _tie(first, item) and _same_kind(first.score, item.score)
    ]
    quoted = _best_quoted(strongest)
    single = _settling(answered, decides) or next(((i, found) for i, found in answered if i is quoted), None)
    if single is not None:
        return Decision(Verdict.ANSWER, single[0]), single[1]
    if len(strongest) > 1:
        return Decision(Verdict.CLARIFY, first, tuple(strongest[:MAX_OPTIONS])), None
    return Decision(Verdict.ANSWER, first), outcome


def _settling(answered: list[tuple[Scored, T]], decides: Callable[[T], bool]) -> tuple[Scored, T] | None:
    """The first answered reading whose outcome settles a yes/no question, when the best one's does not: one the
    question is sure enough of on its own (within the margin of the best is not enough to give a verdict)."""
    if decides(answered[0][1]):
        return None
    return next((pair for pair in answered if decides(pair[1]) and pair[0].score.confidence >= THRESHOLD), None)


def _stated_instead(order: Sequence[Scored], feasible: Callable[[Reading], T | None]) -> tuple[Scored, T] | None:
    """An extreme the figures cannot show ("which three had the most", "the lowest since 2014") may be stated in
    words: then the best statement the question is sure enough of answers, though it scored below the extreme,
    when it explains every word the extreme does (the superlative too: a statement naming only the place is not
    one saying who is largest there)."""
    if order[0].reading.operation not in STATED_SUPERLATIVES:
        return None
    extreme = order[0].reading.explained
    statement = next((item for item in order[1:] if item.reading.statement is not None), None)
    if statement is None or statement.score.confidence < THRESHOLD or not extreme <= statement.reading.explained:
        return None
    outcome = feasible(statement.reading)
    return (statement, outcome) if outcome is not None else None


def _best_quoted(tied: list[Scored]) -> Scored | None:
    """Of statements tied for best, the only one whose cited sentence itself says the most of the words the
    question matches (`Reading.quoted`): the sentence stating them is the evidence, a summary naming them is not.
    None when the tie is not between statements, or when that does not single one out."""
    if len(tied) < 2 or any(item.reading.statement is None for item in tied):
        return None
    most = max(item.reading.quoted for item in tied)
    best = [item for item in tied if item.reading.quoted == most]
    return best[0] if len(best) == 1 else None


def _tie(first: Scored, second: Scored) -> float:
    """How close a second reading must be to force a question: statements tie only when they are alike in
    focus too (a short statement the question matches beats a long summary that also mentions it)."""
    if first.reading.statement is None or second.reading.statement is None:
        return MARGIN / 2
    return STATEMENT_TIE if abs(first.reading.focus - second.reading.focus) < FOCUS_TIE else 0.0


def _same_kind(first: Score, second: Score) -> bool:
    """A statement offered where the question names a measured quantity never forces a choice against a figure."""
    return bool(first.instead_of_figure) == bool(second.instead_of_figure)
