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

from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from factbot.answering.evaluate import EVALUATORS
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import possessive
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence, Statement
from factbot.knowledge.quantities import Bound, Direction, Quantity
from factbot.results import Status
from factbot.understanding.analysis import Analysis, SpanKind, analyse
from factbot.understanding.candidates import candidates
from factbot.understanding.decide import Scored, Verdict, decide
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import score

FRACTION_TOLERANCE = Decimal("2.5")
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
    if analysis.total_weight == 0:
        return ClaimVerdict(Status.UNKNOWN, "Please state a claim to check.", rule="nothing checkable")
    scored = [Scored(reading, score(reading, analysis)) for reading in candidates(analysis, kb, None)]
    decision, outcome = decide(scored, partial(_evaluate, kb=kb), _same_outcome)
    best = decision.best
    if decision.verdict is Verdict.NOT_UNDERSTOOD or best is None:
        words = ", ".join(f"'{word}'" for word in (best.score.unexplained if best else ())[:4])
        return ClaimVerdict(
            Status.UNKNOWN, f"Not in the sources: they say nothing about {words or 'that'}.", rule="not covered"
        )
    if decision.verdict is Verdict.CLARIFY or outcome is None:
        return ClaimVerdict(
            Status.UNKNOWN, "Not in the sources: they give no figure or statement for that.", rule="no evidence"
        )
    if best.reading.operation == STATEMENT:
        return _statement_verdict(best.reading, outcome, analysis, kb)
    return _figure_verdict(best.reading, outcome, analysis, kb)


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
    if reading.operation in ("extreme_max", "extreme_min") and reading.subjects:
        named = bool(outcome.subjects) and outcome.subjects[0] in reading.subjects
        return _verdict(Status.SUPPORTED if named else Status.REFUTED, outcome, "", "superlative")
    conflict = _direction_conflict(analysis, outcome, kb)
    if conflict is not None:
        return _verdict(Status.REFUTED, outcome, conflict, "direction")
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
    for figure in figures:
        verdicts = [_agrees(figure, value) for value in found]
        if any(verdict is True for verdict in verdicts):
            continue
        if any(verdict is None for verdict in verdicts):
            return _verdict(
                Status.UNKNOWN, outcome, f"the sources give it only as a bound, not {figure.text}.", "bound"
            )
        whose = _whose(kb, reading, figure)
        return _verdict(Status.REFUTED, outcome, f"the sources do not give {figure.text}.{whose}", "figure conflicts")
    return _verdict(Status.SUPPORTED, outcome, "", "figures agree")


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
        tolerance = FRACTION_TOLERANCE if claimed.spelled else claimed.step / 2
        return abs(found - value) <= tolerance
    return found == value


def _direction_stated(analysis: Analysis, kb: KnowledgeBase) -> bool:
    words = {word.text for word in analysis.words}
    return bool(words & kb.lexicon.up_words or words & kb.lexicon.down_words)


def _direction_conflict(analysis: Analysis, outcome: Outcome, kb: KnowledgeBase) -> str | None:
    """ "forecast to grow" against a stated fall; "not expected to increase" against a rise."""
    words = {word.text for word in analysis.words}
    up, down = bool(words & kb.lexicon.up_words), bool(words & kb.lexicon.down_words)
    if up == down:
        return None
    claimed = Direction.UP if up else Direction.DOWN
    if words & kb.negations:
        claimed = Direction.DOWN if claimed is Direction.UP else Direction.UP
    changes = (
        [value for value in outcome.values if value < 0] if "down" in outcome.text or "fell" in outcome.text else []
    )
    stated_down = bool(changes) or " down " in f" {outcome.text} "
    stated_up = " up " in f" {outcome.text} " or " rose " in f" {outcome.text} "
    if claimed is Direction.UP and stated_down and not stated_up:
        return "the sources say it fell."
    if claimed is Direction.DOWN and stated_up and not stated_down:
        return "the sources say it rose."
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
    assert reading.statement is not None
    statement = kb.knowledge.statements[reading.statement]
    text_words = set(kb.normaliser.words(" ".join([item.quote for item in statement.evidence] + [statement.answer])))
    conflict = _statement_conflict(statement, text_words, analysis, kb)
    if conflict is not None:
        return _verdict(Status.REFUTED, outcome, conflict, "statement conflicts")
    checkable = analysis.of(SpanKind.FIGURE) or analysis.of(SpanKind.PERIOD) or analysis.of(SpanKind.ENTITY)
    if not checkable:
        return ClaimVerdict(Status.UNKNOWN, "Not a claim I can check against a statement.", rule="nothing checkable")
    return _verdict(Status.SUPPORTED, outcome, "", "statement agrees")


def _statement_conflict(
    statement: Statement, text_words: set[str], analysis: Analysis, kb: KnowledgeBase
) -> str | None:
    quoted = kb.normaliser.words(" ".join(item.quote for item in statement.evidence))
    stated = sum(1 for word in quoted if word in kb.negations)
    claimed = sum(1 for word in analysis.words if word.text in kb.negations)
    if stated % 2 != claimed % 2:
        return "the sources say the opposite."
    for span in analysis.of(SpanKind.PERIOD):
        if span.key is not None and statement.when is not None and span.key.year != statement.when.year:
            return f"the sources date it {statement.when.label}."
        if span.key is not None and str(span.key.year) not in text_words and statement.when is None:
            return None
    for span in analysis.of(SpanKind.FIGURE):
        if (
            span.quantity is not None
            and f"{abs(span.quantity.value).normalize():f}" not in text_words
            and not span.quantity.spelled
        ):
            return f"the sources do not give {span.quantity.text}."
    involved = {*statement.about, *statement.people}
    named = {entity for span in analysis.of(SpanKind.ENTITY) for entity in span.targets}
    missing = [
        entity
        for entity in named
        if entity not in involved and not set(kb.normaliser.words(kb.entities[entity].name)) <= text_words
    ]
    others = involved - named
    if missing and others:
        return f"the sources say it of {', '.join(sorted(kb.entities[item].name for item in others))}."
    return None


def _same_outcome(first: Outcome | None, second: Outcome | None) -> bool:
    return first is not None and second is not None and first.identity == second.identity
