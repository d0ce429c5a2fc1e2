"""`factbot check`: is a claim supported by the sources, refuted by them, or not in them?

A claim is read like a question (the same analysis, candidates, scores and decision),
then aligned with the evidence part by part: every figure, date, direction (rose or
fell), negation and name it makes must be found there.
- A part that conflicts with the evidence refutes the claim, and the verdict gives the
  source's value: "merged in 2012" against "In 2010, ... merged", "exercised its option"
  against "chose not to exercise this option".
- A part the evidence does not cover makes the claim unknown: the sources being silent
  is not the sources disagreeing.
- A sentence with nothing checkable in it is not a claim that can be supported.

Rounding rules, so that "supported" means something precise:
- a bare figure must equal the source's value ("3.44 million" = 3,440,000; "20%" = "20.0%");
- a hedged figure ("about 4 million") is supported when the source's value, rounded to the
  precision the claim writes, equals it: 4.1 million is "about 4 million", 3.44 million is not;
- a bound ("more than 30", "under 20,000") is supported when the source's value is on that side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from factbot.answering.evaluate import EVALUATORS
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import possessive
from factbot.answering.top_places import top_outcome
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.denials import negates
from factbot.knowledge.figures import figures_in
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence
from factbot.knowledge.quantities import Bound, Direction, Quantity
from factbot.results import Status
from factbot.understanding.analysis import Analysis, SpanKind, analyse
from factbot.understanding.candidates import candidates
from factbot.understanding.decide import THRESHOLD, Scored, ranked
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import score
from factbot.verification.claim_parts import (
    comparison_part,
    date_part,
    figure_part,
    names_part,
    polarity,
    same_direction,
)

FRACTION_TOLERANCE = Decimal("2.5")
_PARTS = (SpanKind.ENTITY, SpanKind.PERIOD, SpanKind.FIGURE)
CONTRADICTION = "contradiction"
"""The source says two things about the part checked: no weaker reading may settle it instead."""
MAX_READINGS = 6
"""A claim is checked against its best readings in turn, until one decides it."""
"""Percentage points within which "about two-thirds" matches a share (66.4% is about two-thirds)."""


@dataclass(frozen=True)
class ClaimVerdict:
    status: Status
    text: str
    evidence: tuple[Evidence, ...] = ()
    working: tuple[str, ...] = ()
    rule: str = ""


def check_claim(claim: str, kb: KnowledgeBase) -> ClaimVerdict:
    analysis = analyse(claim, kb)
    if analysis.stated:  # a claim is checked part by part here, not answered yes or no
        analysis = replace(analysis, yes_no=False, stated=False)
    if analysis.total_weight == 0:
        return ClaimVerdict(Status.UNKNOWN, "Please state a claim to check.", rule="nothing checkable")
    parts = frozenset(
        index for span in analysis.spans if span.kind in _PARTS for index in span.indexes
    )  # names, dates and figures a statement is checked against, part by part, rather than matched on
    readings = [
        replace(reading, explained=reading.explained | parts) if reading.statement is not None else reading
        for reading in candidates(analysis, kb, None)
    ]
    order = ranked([Scored(reading, score(reading, analysis)) for reading in readings])
    if not order or order[0].score.total < THRESHOLD:
        words = ", ".join(f"'{word}'" for word in (order[0].score.unexplained if order else ())[:4])
        message = f"Not in the sources: they say nothing about {words or 'that'}."
        return ClaimVerdict(Status.UNKNOWN, message, rule="not covered")
    undecided: ClaimVerdict | None = None
    for item in [item for item in order if item.score.total >= THRESHOLD][:MAX_READINGS]:
        outcome = _evaluate(item.reading, kb)
        if outcome is None:
            continue
        if item.reading.operation == STATEMENT:
            verdict = _statement_verdict(item.reading, outcome, analysis, kb)
        else:
            verdict = _figure_verdict(item.reading, outcome, analysis, kb)
        if verdict.status is not Status.UNKNOWN or verdict.rule == CONTRADICTION:
            return verdict  # the closest evidence that decides the claim (or says it cannot), best reading first
        undecided = undecided or verdict
    message = "Not in the sources: they give no figure or statement for that."
    return undecided or ClaimVerdict(Status.UNKNOWN, message, rule="no evidence")


def _evaluate(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    evaluator = EVALUATORS.get(reading.operation)
    return evaluator(reading, kb) if evaluator is not None else None


def _verdict(status: Status, outcome: Outcome, reason: str, rule: str) -> ClaimVerdict:
    text = f"{status.value.capitalize()}: {reason} {outcome.text}".replace("  ", " ")
    return ClaimVerdict(status, text, outcome.evidence, outcome.working, rule)


# --- figures ------------------------------------------------------------------------------------
def _figure_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> ClaimVerdict:
    if outcome.verdict is not None:  # membership: the evaluator decided it
        return _verdict(Status.SUPPORTED if outcome.verdict else Status.REFUTED, outcome, "", "membership")
    if reading.operation == "compare":
        return _comparison_verdict(reading, outcome, analysis, kb)
    if reading.operation in ("members", "count_members"):
        return _member_count_verdict(reading, outcome, analysis, kb)
    ranked = _ranked_verdict(reading, outcome, analysis, kb)
    if ranked is not None:
        return ranked
    conflict = _direction_conflict(reading, analysis, kb)
    if conflict is not None:
        return _verdict(Status.REFUTED, outcome, conflict, "direction")
    return _figures_verdict(reading, outcome, analysis, kb)


def _ranked_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> ClaimVerdict | None:
    """ "X and Y are the two largest": each one's place against the count; "X is the largest": the top one."""
    top = top_outcome(reading, analysis, kb)
    if top is not None:
        return _verdict(Status.SUPPORTED if top.verdict else Status.REFUTED, top, "", "top places")
    if reading.operation in ("extreme_max", "extreme_min") and reading.subjects:
        named = bool(outcome.subjects) and outcome.subjects[0] in reading.subjects
        return _verdict(Status.SUPPORTED if named else Status.REFUTED, outcome, "", "superlative")
    return None


def _figures_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> ClaimVerdict:
    """Every figure the claim states against the values the sources give for its reading."""
    rank = reading.measure is not None and kb.measures[reading.measure].unit == "rank"
    figures = [
        span.quantity for span in analysis.of(SpanKind.FIGURE) if span.quantity and (rank or not span.quantity.ordinal)
    ]
    if not figures:
        if _direction_stated(analysis, kb):
            return _verdict(Status.SUPPORTED, outcome, "", "direction")
        message = "Not a claim I can check: it states no figure, date or direction."
        return ClaimVerdict(Status.UNKNOWN, message, rule="nothing checkable")
    found = _values(reading, kb)
    denied = _negated(analysis, kb)
    for figure in figures:
        verdicts = [_agrees(figure, value) for value in found]
        if any(verdict is True for verdict in verdicts):
            continue
        return _conflict(reading, outcome, figure, bound=None in verdicts, denied=denied, kb=kb)
    if denied:
        return _verdict(Status.REFUTED, outcome, "the sources say it did:", "negated")
    return _verdict(Status.SUPPORTED, outcome, "", "figures agree")


def _conflict(
    reading: Reading, outcome: Outcome, figure: Quantity, bound: bool, denied: bool, kb: KnowledgeBase
) -> ClaimVerdict:
    """A claimed figure the sources do not give: refuted, unless they give only a bound or the claim denies it."""
    if bound:
        return _verdict(Status.UNKNOWN, outcome, f"the sources give it only as a bound, not {figure.text}.", "bound")
    if denied:
        message = "the claim denies a figure, and the sources give another; that settles nothing."
        return _verdict(Status.UNKNOWN, outcome, message, "negated")
    whose = _whose(kb, reading, figure)
    return _verdict(Status.REFUTED, outcome, f"the sources do not give {figure.text}.{whose}", "figure conflicts")


def _negated(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """ "Acme did not sell 120 widgets": a figure the claim denies. A rise or fall it denies is its direction's
    business (`_claimed_direction`)."""
    words = [word.text for word in analysis.words]
    if any(word in kb.up_words or word in kb.down_words for word in words):
        return False
    return negates(tuple(words), kb)


def _member_count_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> ClaimVerdict:
    """ "X's alliance has 6 members": the count against the members the sources list; where the knowledge notes
    that the source contradicts itself, a count that disagrees with the list is not settled."""
    group = reading.group or next((subject for subject in reading.subjects if kb.entities[subject].is_group), None)
    figures = [span.quantity for span in analysis.of(SpanKind.FIGURE) if span.quantity is not None]
    if group is None or len(figures) != 1:
        return ClaimVerdict(Status.UNKNOWN, f"Not a claim I can check. {outcome.text}", outcome.evidence)
    listed = len(kb.entities[group].members)
    if _count_holds(figures[0], listed):
        return _verdict(Status.SUPPORTED, outcome, "", "member count")
    noted = {figure.value for note in kb.entities[group].notes for figure in figures_in(note.text, kb.lexicon)}
    if figures[0].value in noted:
        return _verdict(Status.UNKNOWN, outcome, "the sources do not agree with themselves on it.", CONTRADICTION)
    return _verdict(Status.REFUTED, outcome, f"the sources list {listed}.", "member count")


def _count_holds(claimed: Quantity, count: int) -> bool:
    if claimed.bound is Bound.MORE_THAN:
        return count > claimed.value
    if claimed.bound is Bound.LESS_THAN:
        return count < claimed.value
    return count == claimed.value


def _values(reading: Reading, kb: KnowledgeBase) -> list[Value]:
    if reading.measure is None:
        return []
    found: list[Value] = []
    for subject in reading.subjects:
        found += levels(kb, subject, reading.measure, reading.periods, reading.market)
        found += changes(kb, subject, reading.measure, reading.periods, reading.market)
    return found


def _agrees(claimed: Quantity, value: Value) -> bool | None:
    """True when the source's figure bears the claim out, False when it contradicts it, None when it cannot say.

    A source that writes a bound ("more than 30") supports the same bound or a weaker one,
    contradicts an exact figure on or outside it, and cannot settle an exact figure inside it.
    """
    found = abs(value.amount)
    wanted = abs(claimed.value)
    if value.bound is Bound.MORE_THAN:
        if claimed.bound is Bound.MORE_THAN:
            return found >= wanted or None
        return False if wanted <= found else None
    if value.bound is Bound.LESS_THAN:
        if claimed.bound is Bound.LESS_THAN:
            return found <= wanted or None
        return False if wanted >= found else None
    return _admits(claimed, found)


def _whose(kb: KnowledgeBase, reading: Reading, figure: Quantity) -> str:
    """ "The claimed figure is Nissan's.": the subject whose stated value the claim quotes, if another's."""
    if reading.measure is None:
        return ""
    owners = [
        value.subject
        for subject in kb.subjects_by_measure.get(reading.measure, ())
        if subject not in reading.subjects
        for value in levels(kb, subject, reading.measure, reading.periods, reading.market)
        if value.amount == abs(figure.value)
    ]
    return f" The claimed figure is {possessive(kb.entities[owners[0]].name)}." if owners else ""


def _admits(claimed: Quantity, found: Decimal) -> bool:
    value = abs(claimed.value)
    if claimed.bound is Bound.MORE_THAN:
        return found > value
    if claimed.bound is Bound.LESS_THAN:
        return found < value
    if claimed.bound is Bound.RANGE and claimed.high is not None:
        return value <= found <= claimed.high
    if claimed.bound is Bound.APPROXIMATE:
        return abs(found - value) <= _tolerance(claimed)
    return found == value


def _tolerance(claimed: Quantity) -> Decimal:
    """Half the precision a hedged figure is written to: "about 140 million" is to the ten million
    (trailing zeros of a whole number are not precision), "about two-thirds" within a few points."""
    if claimed.spelled:
        return FRACTION_TOLERANCE
    digits = "".join(character for character in claimed.text if character.isdigit() or character == ".")
    whole = digits.split(".")[0] if "." not in digits else ""
    zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return claimed.step * Decimal(10) ** zeros / 2


def _direction_stated(analysis: Analysis, kb: KnowledgeBase) -> bool:
    return _claimed_direction(analysis, kb) is not Direction.NONE


def _claimed_direction(analysis: Analysis, kb: KnowledgeBase) -> Direction:
    """Rise or fall, as the claim says it ("forecast to grow"; "not expected to increase" is a fall or no rise)."""
    words = [word.text for word in analysis.words]
    up = any(word in kb.up_words for word in words)
    down = any(word in kb.down_words for word in words)
    if up == down:
        return Direction.NONE
    negated = negates(tuple(words), kb)
    return Direction.DOWN if up == negated else Direction.UP


def _direction_conflict(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> str | None:
    """ "forecast to grow" against a stated fall; "not expected to increase" against a stated rise."""
    claimed = _claimed_direction(analysis, kb)
    if claimed is Direction.NONE or reading.measure is None:
        return None
    stated = [
        value
        for subject in reading.subjects
        for value in changes(kb, subject, reading.measure, reading.periods, reading.market)
    ]
    if not stated:
        return None
    if claimed is Direction.UP and all(value.amount < 0 for value in stated):
        return "the sources say it falls."
    if claimed is Direction.DOWN and all(value.amount > 0 for value in stated):
        return "the sources say it rises."
    return None


def _comparison_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> ClaimVerdict:
    words = {word.text for word in analysis.words}
    higher = {w for phrase in kb.lexicon.claim_words.get("higher", ()) for w in kb.normaliser.words(phrase)}
    lower = {w for phrase in kb.lexicon.claim_words.get("lower", ()) for w in kb.normaliser.words(phrase)}
    asked_higher = bool(words & higher) and not words & lower
    if not (words & higher or words & lower) or len(outcome.values) != 2:
        return ClaimVerdict(Status.UNKNOWN, f"Not a comparison I can check. {outcome.text}", outcome.evidence)
    first, second = outcome.values[:2]
    if reading.measure is not None and kb.measures[reading.measure].unit == "rank":
        first, second = -first, -second
    status = Status.SUPPORTED if first != second and (first > second) == asked_higher else Status.REFUTED
    return _verdict(status, outcome, "", "comparison")


# --- statements -------------------------------------------------------------------------------------
def _statement_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> ClaimVerdict:
    """Every part of the claim against one statement: a conflict refutes, a part not found leaves it unknown."""
    assert reading.statement is not None
    statement = kb.knowledge.statements[reading.statement]
    texts = [item.quote for item in statement.evidence] + [statement.answer]
    words = set(kb.normaliser.words(" ".join(texts)))
    parts = [
        polarity(statement, analysis, kb),
        *(date_part(statement, words, span) for span in analysis.of(SpanKind.PERIOD)),
        *(figure_part(words, span) for span in analysis.of(SpanKind.FIGURE)),
        comparison_part(words, analysis, kb),
    ]
    names = names_part(statement, words, analysis, kb)
    if not (isinstance(names, str) and False in parts):  # another's name refutes only a claim otherwise stated
        parts.append(names)
    else:
        parts.append(False)
    conflict = next((part for part in parts if isinstance(part, str)), None)
    if conflict is not None and _about_the_same(reading, analysis, same_direction(words, analysis, kb)):
        return _verdict(Status.REFUTED, outcome, conflict, "statement conflicts")
    if conflict is not None:
        parts.append(False)
    if any(part is False for part in parts):
        missing = "Not in the sources: they do not state every part of the claim."
        nearest = f"{missing} Nearest: {outcome.text}"
        return ClaimVerdict(Status.UNKNOWN, nearest, outcome.evidence, rule="part not found")
    return _verdict(Status.SUPPORTED, outcome, "", "statement agrees")


SAME_THING = 0.75
"""A statement refutes a claim only when it is about the same thing: it explains this much of the claim's words
besides the parts being checked (names, dates, figures)."""


def _about_the_same(reading: Reading, analysis: Analysis, also: frozenset[int] = frozenset()) -> bool:
    parts = {index for span in analysis.spans if span.kind in _PARTS for index in span.indexes}
    rest = [index for index, weight in enumerate(analysis.weights) if weight > 0 and index not in parts]
    total = analysis.weight(rest)
    said = reading.explained | also
    return total == 0 or analysis.weight(index for index in rest if index in said) / total >= SAME_THING


def _same_outcome(first: Outcome | None, second: Outcome | None) -> bool:
    return first is not None and second is not None and first.identity == second.identity
