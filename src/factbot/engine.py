"""The engine API: question in, cited answer out.

    engine = Engine.from_folder(Path("knowledge"))
    answer = engine.ask("How many EVs did Nissan sell in 2023?")

Data flows one way: analyse -> candidates -> score -> decide -> evaluate -> cite. The
engine is headless (no textual, no rich) so batch mode and scripts start fast; the TUI
and the CLI are thin layers that render `Answer` values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from factbot.answering.evaluate import EVALUATORS
from factbot.answering.nearby import asked_for, given_nearby, nearby
from factbot.answering.outcome import Outcome
from factbot.answering.passages import as_passage
from factbot.answering.yes_no import wrap_yes_no
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence
from factbot.knowledge.text import word_count
from factbot.results import Answer, Citation, Status, Trace
from factbot.understanding.analysis import Analysis, SpanKind, analyse
from factbot.understanding.candidates import candidates
from factbot.understanding.compound import split_question
from factbot.understanding.context import Context
from factbot.understanding.conversation import Conversation
from factbot.understanding.decide import Decision, Scored, Verdict, decide
from factbot.understanding.operations import BY_NAME
from factbot.understanding.reading import Reading
from factbot.understanding.stated_figure import stated_figure
from factbot.understanding.statement_floor import Evaluations, Scorer, floor_for
from factbot.understanding.uncovered import named_only, uncovered
from factbot.understanding.unknown_measure import measure_named
from factbot.understanding.word_roles import statement_label, word_roles
from factbot.verification.claims import check_claim

MAX_QUESTION_CHARS = 2000
MAX_WORDS = 100
"""No question is answered whose normalised text has more words. Time grows with words, not characters,
and faster than linearly when one question names many different entities and measures (each adds
candidate readings): 100 words keep the worst of 30 random questions drawn from the knowledge's own
vocabulary at about 12 ms, where 200 took up to 33 ms (benchmarks/bench_worst_case.py). A question of
a hundred words is already a paragraph; raise this when candidate generation gets cheaper."""
MAX_NFKC_EXPANSION = 18
"""The most characters NFKC makes of one (U+FDFA); no text of N characters normalises to more than 18 N."""
INTERNAL_ERROR = "internal error"


def internal_error(error: Exception) -> Answer:
    """The answer to a question the engine failed on: said plainly, never a traceback."""
    message = f"Sorry, factbot failed on this question (an internal error: {type(error).__name__})."
    return Answer(Status.ERROR, message, trace=Trace("none", 0.0, INTERNAL_ERROR))


class Engine:
    """Answers questions from one loaded knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @classmethod
    def from_folder(cls, folder: Path, cache: bool = True) -> Engine:
        """Load and index a knowledge folder (through the compiled-knowledge cache unless `cache` is False);
        raises KnowledgeError when it is invalid."""
        from factbot.knowledge.cache import load_knowledge_base

        return cls(load_knowledge_base(folder, use_cache=cache))

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer one question, updating `conversation` when one is given."""
        context = conversation.context if conversation is not None else Context()
        answer, following = self.answer(question, context)
        if conversation is not None:
            conversation.remember(question, answer, following)
        return answer

    def answer(self, question: str, context: Context) -> tuple[Answer, Context]:
        """The pure core: (question, context) -> (answer, the context for the next turn).

        No question raises: a defect costs this one answer, an error whose trace rule is
        `INTERNAL_ERROR` (the property tests and fuzz targets fail on it), and the context stays.
        """
        try:
            return self._answer_question(question, context)
        except Exception as error:
            return internal_error(error), context

    def _answer_question(self, question: str, context: Context) -> tuple[Answer, Context]:
        too_long = self._too_long(question, "question")
        if too_long is not None:
            return Answer(Status.ERROR, too_long, trace=Trace("none", 0.0, "question too long")), context
        parts = split_question(question, self.kb)
        if parts is not None:
            return self._answer_parts(parts, context)
        return self._answer_one(question, context)

    def _answer_parts(self, parts: tuple[str, str], context: Context) -> tuple[Answer, Context]:
        """Two questions in one, asked in turn: answered when both halves are; otherwise what the sources say of
        each half is shown, and the whole is not answered (half an answer is not the answer asked for)."""
        first, middle = self._answer_one(parts[0], context)
        second, after = self._answer_one(parts[1], middle if first.status is Status.ANSWERED else context)
        both = first.status is Status.ANSWERED and second.status is Status.ANSWERED
        citations = tuple(dict.fromkeys((*first.citations, *second.citations)))
        trace = replace(first.trace, rule=f"two questions in one: {first.trace.rule}; then {second.trace.rule}")
        text = f"{first.text} {second.text}"
        if not both:
            text = f"The sources answer only part of this question, or none of it. {text}"
        status = Status.ANSWERED if both else Status.UNKNOWN
        return Answer(status, text, citations, (*first.working, *second.working), trace=trace), after

    def _answer_one(self, question: str, context: Context) -> tuple[Answer, Context]:
        analysis = analyse(question, self.kb)
        points_back = analysis.pronoun and context.referents
        scorer = Scorer(analysis, points_back)
        evaluate = Evaluations(partial(self._evaluate, analysis=analysis))
        scored = scorer.scored(candidates(analysis, self.kb, context, floor_for(scorer, self.kb, evaluate)))
        settles = _settles if analysis.yes_no else _always_settles
        decision, outcome = decide(scored, evaluate, _same_outcome, settles, _partial)
        decision, outcome = as_passage(decision, outcome, scored, analysis, self.kb)
        return self._render(decision, outcome, analysis, scored), self._next_context(decision, outcome, context)

    def _evaluate(self, reading: Reading, analysis: Analysis) -> Outcome | None:
        evaluator = EVALUATORS.get(reading.operation)
        outcome = evaluator(reading, self.kb) if evaluator is not None else None
        if outcome is not None and reading.yes_no:
            return wrap_yes_no(reading, outcome, analysis, self.kb)
        return outcome

    def _render(
        self, decision: Decision, outcome: Outcome | None, analysis: Analysis, scored: Sequence[Scored] = ()
    ) -> Answer:
        best = decision.best
        corrections = analysis.corrections
        if decision.verdict is Verdict.ANSWER and outcome is not None and best is not None:
            trace = _trace(best, _why(best, analysis, self.kb.cue_texts), analysis, self.kb)
            # a yes/no question the evidence does not settle is not answered, though what it says is shown
            status = Status.UNKNOWN if best.reading.yes_no and outcome.verdict is None else Status.ANSWERED
            return Answer(status, outcome.text, self.citations(outcome.evidence), outcome.working, trace=trace)
        if decision.verdict is Verdict.CLARIFY and best is not None:
            options = tuple(_option(asked_for(self.kb, item.reading)) for item in decision.options)
            text = "Which do you mean: " + "; or ".join(options) + "?"
            return Answer(
                Status.CLARIFY, text, options=options, trace=_trace(best, "clarify: readings tie", analysis, self.kb)
            )
        if decision.verdict is Verdict.UNKNOWN and best is not None:
            missing = nearby(self.kb, best.reading)
            trace = _trace(best, "the sources do not hold it", analysis, self.kb)
            return Answer(Status.UNKNOWN, missing.text, self.citations(missing.evidence), trace=trace)
        return self._not_understood(best, corrections, analysis, scored)

    def _not_understood(
        self,
        best: Scored | None,
        corrections: tuple[tuple[str, str], ...],
        analysis: Analysis,
        scored: Sequence[Scored] = (),
    ) -> Answer:
        if best is None:
            return self._nothing_read(analysis, corrections)
        blamed = uncovered(best, scored or (best,), analysis, self.kb)  # only words no reading explains; never "the"
        words = ", ".join(f"'{word}'" for word in blamed[:4])
        text = f"The sources don't cover {words}." if words else "The sources don't give that as asked."
        reading = measure_named(best.reading, analysis, self.kb)
        if reading.subjects or reading.measure:
            text += " " + given_nearby(self.kb, reading).text if reading.measure else ""
        return Answer(Status.UNKNOWN, text.strip(), trace=_trace(best, "below the threshold", analysis, self.kb, 0.0))

    def _nothing_read(self, analysis: Analysis, corrections: tuple[tuple[str, str], ...]) -> Answer:
        """No reading at all: the words the sources lack, and what they give about the names the question says."""
        trace = Trace("none", 0.0, "nothing understood", (), corrections)
        blamed, named = named_only(analysis, self.kb)
        if named is None:
            return Answer(
                Status.UNKNOWN, "I couldn't find anything in the question that the sources cover.", trace=trace
            )
        words = ", ".join(f"'{word}'" for word in blamed[:4])
        text = f"The sources don't cover {words}." if words else "The sources don't give that."
        near = given_nearby(self.kb, named)
        about = near.text
        return Answer(Status.UNKNOWN, f"{text} {about}".strip(), self.citations(near.evidence), trace=trace)

    def _next_context(self, decision: Decision, outcome: Outcome | None, context: Context) -> Context:
        best = decision.best
        if decision.verdict is Verdict.ANSWER and best is not None and outcome is not None:
            answered = _singled_out(best.reading, outcome)
            return context.after(best.reading, outcome.values, stated_figure(self.kb, best.reading), answered)
        if decision.verdict is Verdict.UNKNOWN and best is not None and best.reading.measure is not None:
            return context.after(best.reading)
        return context.after(None)

    def check(self, claim: str) -> Answer:
        """Is `claim` supported, refuted, or not in the sources? (see `factbot.verification.claims`); never raises."""
        try:
            return self._check_claim(claim)
        except Exception as error:
            return internal_error(error)

    def _check_claim(self, claim: str) -> Answer:
        too_long = self._too_long(claim, "claim")
        if too_long is not None:
            return Answer(Status.ERROR, too_long, trace=Trace("check", 0.0, "claim too long"))
        verdict = check_claim(claim, self.kb)
        trace = Trace("check", 1.0 if verdict.evidence else 0.0, verdict.rule)
        return Answer(verdict.status, verdict.text, self.citations(verdict.evidence), verdict.working, trace=trace)

    def _too_long(self, text: str, noun: str) -> str | None:
        """Why `text` is too long to answer in bounded time, or None.

        Characters are not enough: NFKC turns one character into up to 18 ("ﷺ"), and
        every stage costs time per word, so the words are counted too, but only when
        the text could hold more than `MAX_WORDS` of them (short questions pay nothing).
        """
        if len(text) > MAX_QUESTION_CHARS:
            return f"The {noun} is too long ({len(text):,} characters; the limit is {MAX_QUESTION_CHARS:,})."
        if len(text) * MAX_NFKC_EXPANSION > MAX_WORDS:
            words = word_count(text)
            if words > MAX_WORDS:
                return f"The {noun} has too many words ({words:,} once normalised; the limit is {MAX_WORDS:,})."
        return None

    def citations(self, evidence: tuple[Evidence, ...]) -> tuple[Citation, ...]:
        seen: dict[tuple[str, int], Citation] = {}
        for item in evidence:
            key = (item.source, item.sentence)
            if key not in seen:
                seen[key] = self.kb.citation(item)
        return tuple(seen.values())


def _option(text: str) -> str:
    return text[:1].upper() + text[1:]


def _trace(
    best: Scored,
    rule: str,
    analysis: Analysis,
    kb: KnowledgeBase,
    confidence: float | None = None,
) -> Trace:
    reading = best.reading
    slots: list[tuple[str, str]] = []
    for label, value in (
        ("subjects", ", ".join(reading.subjects)),
        ("group", reading.group or ""),
        ("measure", reading.measure or ""),
        ("periods", ", ".join(reading.periods)),
        ("market", reading.market or ""),
        ("statement", statement_label(kb, reading.statement) if reading.statement is not None else ""),
        ("borrowed from the conversation", ", ".join(reading.borrowed)),
    ):
        if value:
            slots.append((label, value))
    sure = best.score.confidence if confidence is None else confidence
    words = partial(word_roles, analysis, reading)
    return Trace(reading.operation, sure, rule, tuple(slots), analysis.corrections, best.score.parts(), words)


def _why(best: Scored, analysis: Analysis, cue_texts: dict[tuple[str, ...], str]) -> str:
    """The decision in words: what was read, and the cue that asked for it."""
    cues = [
        cue_texts.get(tuple(analysis.words[index].text for index in sorted(span.indexes)), "?")
        for span in analysis.of(SpanKind.CUE)
        if span.indexes <= best.reading.explained and span.exact
    ]
    asked = f", asked by {', '.join(repr(cue) for cue in cues)}" if cues else ""
    return f"answered as {best.reading.operation.replace('_', ' ')}{asked}"


def _singled_out(reading: Reading, outcome: Outcome) -> tuple[str, ...]:
    """The one subject an answer names that its question did not (`Operation.singles_out`): the largest; or
    those of a set it picks out (`Operation.picks_out`): who moved, whose figures the values asked are. Asked
    yes or no, the question named them already."""
    operation = BY_NAME.get(reading.operation)
    if operation is not None and operation.picks_out and not reading.yes_no:
        return outcome.subjects  # "which of them fell?": those that did
    if operation is None or not operation.singles_out or reading.yes_no or not outcome.subjects:
        return ()
    return outcome.subjects[:1] if outcome.subjects[0] not in reading.subjects else ()


def _settles(outcome: Outcome | None) -> bool:
    """Whether an outcome of a yes/no question says yes or no."""
    return outcome is not None and outcome.verdict is not None


def _always_settles(_outcome: Outcome | None) -> bool:
    """Any outcome settles a question not asked yes or no: no contender goes before the best for its verdict."""
    return True


def _partial(outcome: Outcome | None) -> bool:
    """An outcome over only some of what was asked, which an outcome over all of it goes before."""
    return outcome is not None and outcome.partial


def _same_outcome(later: Outcome | None, earlier: Outcome | None) -> bool:
    """Two outcomes saying the same thing are one answer; so is a later one the sources cannot cite (no evidence)
    beside an earlier one they can: it forces no question, and the better reading answers. A later one they can
    cite beside an earlier uncited one is an answer of its own. `decide` passes the later outcome first."""
    if later is None or earlier is None:
        return False
    return later.identity == earlier.identity or (not later.evidence and bool(earlier.evidence))
