"""One score for every reading, built from named parts that `--explain` can show.

The first part, and by far the largest, is how much of the question the reading
explains: the weight of the words it accounts for over the weight of all the words.
The rest nudge between readings that explain as much: an operation the question asked
for by a cue, a statement of the kind the question word wants, minus typo corrections
and slots borrowed from the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.frozen import quick_init
from factbot.understanding.once import once
from factbot.understanding.operations import FIGURE_OPERATIONS
from factbot.understanding.reading import Reading
from factbot.understanding.slots import set_size
from factbot.understanding.wh_heads import head_names

CUE_BONUS = 0.04
KIND_BONUS = 0.06
CORRECTION_COST = 0.02
BORROWED_COST = 0.08
FOLLOW_UP_BORROWED_COST = 0.03
PRONOUN_BORROWED_COST = 0.01
"""Borrowing is cheaper when the question says it follows on: a pronoun, "and ...", or no name of its own."""
UNNAMED_MEASURE_COST = 0.03
FIGURE_FOR_REASON_COST = 0.3
"""A figure does not say why: a "why" question is answered from a reason, or not at all."""
STATEMENT_FOR_REASON_COST = 0.1
"""A statement that gives no reason, where one is asked: it may still say what the question asks about."""
FOCUS_BONUS = 0.01
PROXIMITY_BONUS = 0.005
MAX_PROXIMITY = 3
"""Between statements that explain the same words, the one that has them side by side is closer."""
STATEMENT_FOR_MEASURE_COST = 0.03
"""A question naming a measured quantity is answered from a statement only when no figure answers it: the cost
is more than a statement's proximity and focus bonuses can make up."""
STATEMENT_FOR_AMOUNT_COST = 0.1
"""'How much', 'how many': an amount is asked, and a statement rarely states it."""
SENTENCE_CREDIT = 0.5
"""A word only the quote of a figure read says (`cited_words`) explains half as much as a slot: the quote may
say it of something beside the figure."""
POINTER_UNUSED_COST = 0.03
"""A pronoun pointing back into the conversation ("rank *them* with Bolt") that a reading borrows nothing for: the
reading reads the question as if the pronoun were not there. More than a borrowing reading's costs, so the reading
that takes up the pronoun wins over one complete without it."""
IGNORED_SPAN_COST = 0.2
STATEMENT_FOR_ARITHMETIC_COST = 0.1
"""A statement that leaves the arithmetic asked ("combined", "the difference") undone: its figures are the parts,
never the result, and a sentence that stated the result would explain the cue with its own words. Together
with the cost of the ignored cue it is more than a statement explaining every other word can bear."""
"""A name, measure, period or figure the question states and the reading ignores: the reading is
about something else ("Honda's EV sales and Tesla's *vehicle sales*")."""


@quick_init
@dataclass(frozen=True)
class Score:
    """The named parts of a reading's score; `total` is the one number decisions use."""

    explained: float
    cue: float = 0.0
    kind: float = 0.0
    proximity: float = 0.0
    focus: float = 0.0
    corrections: float = 0.0
    borrowed: float = 0.0
    unnamed: float = 0.0
    instead_of_figure: float = 0.0
    instead_of_reason: float = 0.0
    ignored: float = 0.0
    detour: float = 0.0
    pointer_unused: float = 0.0
    uncomputed: float = 0.0
    unexplained: tuple[str, ...] = ()
    """The weighty words the reading leaves unexplained, as typed (for "the sources don't cover ...")."""

    @once
    def total(self) -> float:
        gained = self.explained + self.cue + self.kind + self.proximity + self.focus
        costs = self.corrections + self.borrowed + self.unnamed + self.ignored + self.instead_of_figure
        costs += self.uncomputed
        return round(gained - costs - self.instead_of_reason - self.detour - self.pointer_unused, 4)

    @once
    def confidence(self) -> float:
        """How sure factbot is of the reading, 0 to 1: the share explained, less every cost (no bonuses); worked
        out once, as the floor, the ranking and the decision each ask it."""
        costs = self.corrections + self.borrowed + self.unnamed + self.ignored + self.instead_of_figure
        costs += self.instead_of_reason + self.detour + self.pointer_unused + self.uncomputed
        return round(max(0.0, min(1.0, self.explained - costs)), 3)

    def parts(self) -> tuple[tuple[str, float], ...]:
        """The parts in words a user understands, for --explain and the TUI."""
        return (
            ("share of the question explained", round(self.explained, 3)),
            ("asked for by a cue word", self.cue),
            ("statement of the kind asked for", self.kind),
            ("words side by side as in the statement", self.proximity),
            ("how much of the statement the question matches", self.focus),
            ("typo corrections used", -self.corrections),
            ("slots taken from the conversation", -self.borrowed),
            ("measure not named", -self.unnamed),
            ("names, measures, periods or figures left out", -self.ignored),
            ("a statement where a figure is asked for", -self.instead_of_figure),
            ("no reason where a reason is asked for", -self.instead_of_reason),
            ("leaves the conversation's course", -self.detour),
            ("a pronoun pointing back left unused", -self.pointer_unused),
            ("a statement where arithmetic is asked for", -self.uncomputed),
        )


def score(reading: Reading, analysis: Analysis, points_back: bool = False) -> Score:
    """`points_back`: the question has a pronoun and the conversation something it may point at."""
    asked = _asked(analysis)
    words = reading.explained - analysis.charged if analysis.charged else reading.explained  # none explains these
    total = asked.total
    cited = analysis.weight(reading.cited - words) * SENTENCE_CREDIT if reading.cited else 0.0
    explained = (analysis.weight(words) + cited) / total if total else _explains_every_span(reading, analysis)
    statement = reading.statement is not None
    return Score(
        explained=min(1.0, explained),
        cue=CUE_BONUS if reading.cued else 0.0,
        kind=KIND_BONUS if reading.kind_match else 0.0,
        proximity=PROXIMITY_BONUS * min(reading.proximity, MAX_PROXIMITY),
        focus=round(FOCUS_BONUS * reading.focus, 4),
        corrections=CORRECTION_COST * len(asked.corrected & words),
        borrowed=asked.borrowing * len(reading.borrowed),
        unnamed=UNNAMED_MEASURE_COST if reading.measure is not None and not reading.measure_named else 0.0,
        ignored=IGNORED_SPAN_COST * sum(map(words.isdisjoint, asked.checked)),
        instead_of_figure=asked.statement_cost if statement else 0.0,
        instead_of_reason=_instead_of_reason(reading, _asks_reason(asked, words)),
        detour=reading.detour,
        pointer_unused=POINTER_UNUSED_COST if points_back and not reading.borrowed else 0.0,
        uncomputed=STATEMENT_FOR_ARITHMETIC_COST if statement and any(map(words.isdisjoint, asked.arithmetic)) else 0.0,
        unexplained=_unexplained(analysis, asked, words | reading.cited),
    )


def _asks_reason(asked: _Asked, words: frozenset[int]) -> bool:
    """A "why" the reading leaves unexplained; "because of the takeover", read as a period, asks none."""
    reasons = asked.analysis.reason_words
    return asked.reason and (not reasons or not reasons <= words)


def _instead_of_reason(reading: Reading, reason: bool) -> float:
    """What a reading pays for answering a "why" with no reason: a figure most, a statement of another kind less."""
    if not reason:
        return 0.0
    if reading.statement is None:
        return FIGURE_FOR_REASON_COST
    return 0.0 if reading.kind_match else STATEMENT_FOR_REASON_COST


def _unexplained(analysis: Analysis, asked: _Asked, words: frozenset[int]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(analysis.words[index].surface for index in asked.weighty if index not in words))


@quick_init
@dataclass(frozen=True)
class _Asked:
    """What scoring needs of a question, the same for each of its readings: worked out once per question."""

    analysis: Analysis
    total: float
    weighty: tuple[int, ...]
    corrected: frozenset[int]
    borrowing: float
    checked: tuple[frozenset[int], ...]
    """The words of each span a reading is charged for ignoring (see `_ignored_spans`)."""
    statement_cost: float
    reason: bool
    arithmetic: tuple[frozenset[int], ...]
    """The words of each arithmetic cue the question asks of a quantity (`_arithmetic_cues`)."""


_LAST: list[_Asked] = []
"""The question scored last: the engine scores all readings of one question, then the next question's."""


def _asked(analysis: Analysis) -> _Asked:
    last = _LAST[-1] if _LAST else None
    if last is not None and last.analysis is analysis:
        return last
    asked = _Asked(
        analysis=analysis,
        total=analysis.total_weight,
        weighty=tuple(index for index, weight in enumerate(analysis.weights) if weight > 0),
        corrected=frozenset(index for index, word in enumerate(analysis.words) if word.corrected),
        borrowing=_borrowing_cost(analysis),
        checked=tuple(_said_by(span, analysis) for span in analysis.spans if _charged(span))
        + tuple(frozenset((index,)) for index in analysis.charged | analysis.negated)
        + tuple(span.indexes for span in head_names(analysis)),
        statement_cost=statement_cost(analysis),
        reason="reason" in analysis.wanted_kinds,
        arithmetic=_arithmetic_cues(analysis),
    )
    _LAST[:] = [asked]
    return asked


_SLOTS = (SpanKind.ENTITY, SpanKind.MEASURE, SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE)


def _charged(span: Span) -> bool:
    """A reading that explains none of this span's words is charged for ignoring it: a named thing no part of
    the reading accounts for (a span inside another that is used counts as used), or a cue asking for
    arithmetic that the reading does not do."""
    if not span.exact:
        return False
    return span.kind in _SLOTS or (span.kind is SpanKind.CUE and bool(CHARGED_CUES & set(span.targets)))


ARITHMETIC_CUES = frozenset({"sum", "difference", "ratio", "average"})
"""Cues whose answer is worked out from figures, never read off one."""


def _arithmetic_cues(analysis: Analysis) -> tuple[frozenset[int], ...]:
    """The words of each arithmetic cue, when the question asks an amount or names a measured quantity: then
    "together", "combined" ask for a sum of figures ("the capacity combined"); without, for something done
    jointly ("what will they consider doing together")."""
    if not statement_cost(analysis):
        return ()
    return tuple(
        _said_by(span, analysis)
        for span in analysis.spans
        if span.exact and span.kind is SpanKind.CUE and ARITHMETIC_CUES & set(span.targets)
    )


def _said_by(span: Span, analysis: Analysis) -> frozenset[int]:
    """The words of a span a reading must explain to be using it: for a cue, its weighty words ("times" of "how
    many times": a lookup that explains "how many" as asking an amount ignores the ratio asked); else all."""
    if span.kind is not SpanKind.CUE:
        return span.indexes
    weighty = frozenset(index for index in span.indexes if analysis.weights[index] > 0)
    return weighty or span.indexes


CHARGED_CUES = FIGURE_OPERATIONS | {"share"}
"""Cues a reading answers another question without: arithmetic, and a share ("what share of ... was that?"),
which a reading of a percentage accounts for and a reading of an amount does not."""


def _borrowing_cost(analysis: Analysis) -> float:
    """A pronoun asks to borrow ("their total"), an opener invites it ("and Nissan?"), a question with no name
    of its own allows it; a question complete on its own pays most for it."""
    if analysis.pronoun or (set_size(analysis) is not None and not analysis.of(SpanKind.ENTITY)):
        return PRONOUN_BORROWED_COST  # "all four" with no names points back like "them"
    if analysis.follow_up or not analysis.of(SpanKind.ENTITY):
        return FOLLOW_UP_BORROWED_COST
    return BORROWED_COST


def _explains_every_span(reading: Reading, analysis: Analysis) -> float:
    """A question of nothing but operation words ("combined?") is explained by a reading that uses them all, one
    of no weighty word at all by a reading that accounts for every word."""
    spans = analysis.spans
    if not spans:  # "and after?": a follow-up reading may account for every word itself
        return 1.0 if analysis.words and len(reading.explained) >= len(analysis.words) else 0.0
    return 1.0 if all(span.indexes <= reading.explained for span in spans) else 0.0


def statement_cost(analysis: Analysis) -> float:
    """What a statement reading pays when the question asks an amount, or names a measured quantity."""
    if analysis.asks_amount:
        return STATEMENT_FOR_AMOUNT_COST
    return STATEMENT_FOR_MEASURE_COST if any(span.exact for span in analysis.of(SpanKind.MEASURE)) else 0.0
