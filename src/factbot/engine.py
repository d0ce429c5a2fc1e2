"""The engine API: question in, cited answer out.

    engine = Engine.from_folder(Path("knowledge"))
    answer = engine.ask("How many EVs did Nissan sell in 2023?")

Data flows one way: parse -> route -> respond -> cite. The engine is headless (no
textual, no rich) so batch mode and scripts start fast; the TUI and the CLI are
thin layers that render `Answer` values.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from factbot.answering.answers import Reply
from factbot.answering.nearby import missing_reply
from factbot.answering.respond import respond
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.loader import load_knowledge
from factbot.results import Answer, Citation, Status, Trace
from factbot.understanding.conversation import Conversation, ConversationState, with_recent
from factbot.understanding.parse import parse
from factbot.understanding.router import Reading, Refusal, route
from factbot.verification.claims import check_claim, claimed_figures, yes_no_reply

MAX_QUESTION_CHARS = 2000


class Engine:
    """Answers questions from one loaded knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @classmethod
    def from_folder(cls, folder: Path) -> Engine:
        """Load and index a knowledge folder; raises KnowledgeError when it is invalid."""
        return cls(KnowledgeBase(load_knowledge(folder)))

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer one question, updating `conversation` when one is given."""
        state = conversation.state if conversation is not None else ConversationState()
        answer, new_state = self.answer(question, state)
        if conversation is not None:
            conversation.remember(question, answer, new_state)
        return answer

    def answer(self, question: str, state: ConversationState) -> tuple[Answer, ConversationState]:
        """The pure core: (question, state) -> (answer, next state)."""
        if len(question) > MAX_QUESTION_CHARS:
            message = f"The question is too long ({len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,})."
            return Answer(Status.ERROR, message, trace=Trace("none", 0.0, "question too long")), state
        parsed = parse(question, self.kb)
        decision = route(parsed, self.kb, state.last)
        corrections = parsed.corrections
        if isinstance(decision, Refusal):
            answer = self._refusal_answer(decision, corrections)
            next_reading = decision.reading if decision.reading and decision.reading.measure else state.last
            return answer, ConversationState(with_recent(next_reading, state.last), state.turns + 1)
        reply = respond(decision, self.kb)
        if parsed.yes_no and decision.intent == "lookup" and claimed_figures(parsed, self.kb):
            reply = yes_no_reply(question, self.kb) or reply  # "Did Nissan sell 140,000 EVs?" gets a yes or no
        answer = self._answer(reply, decision, corrections)
        remembered = decision if decision.intent != "statement" else state.last
        return answer, ConversationState(with_recent(remembered, state.last), state.turns + 1)

    def check(self, claim: str) -> Answer:
        """Is `claim` supported, refuted, or not in the sources? (see `factbot.verification.claims`)"""
        if len(claim) > MAX_QUESTION_CHARS:
            message = f"The claim is too long ({len(claim):,} characters; the limit is {MAX_QUESTION_CHARS:,})."
            return Answer(Status.ERROR, message, trace=Trace("check", 0.0, "claim too long"))
        reply, reading = check_claim(claim, self.kb)
        if reading is None:
            trace = Trace("check", 0.0, "no reading")
            return Answer(reply.status, reply.text, self._citations(reply), reply.working, trace=trace)
        answer = self._answer(reply, reading, ())
        trace = replace(answer.trace, intent=f"check:{reading.intent}", confidence=1.0 if reply.evidence else 0.0)
        return replace(answer, trace=trace)

    def _answer(self, reply: Reply, reading: Reading, corrections: tuple[tuple[str, str], ...]) -> Answer:
        confidence = reading.confidence if reply.status in (Status.ANSWERED, Status.SUPPORTED, Status.REFUTED) else 0.0
        trace = Trace(reading.intent, confidence, reading.rule, self._slots(reading), corrections)
        return Answer(reply.status, reply.text, self._citations(reply), reply.working, reply.options, trace)

    def _refusal_answer(self, refusal: Refusal, corrections: tuple[tuple[str, str], ...]) -> Answer:
        reading = refusal.reading
        if refusal.status is Status.UNKNOWN and reading is not None and reading.subjects and reading.measure:
            nearby = missing_reply(self.kb, reading, say_missing=refusal.rule != "below confidence threshold")
            text = f"{refusal.message} {nearby.text}".strip()
            trace = Trace(reading.intent, 0.0, refusal.rule, self._slots(reading), corrections)
            return Answer(Status.UNKNOWN, text, self._citations(nearby), trace=trace)
        slots = self._slots(reading) if reading else ()
        intent = reading.intent if reading else "none"
        trace = Trace(intent, 0.0, refusal.rule, slots, corrections)
        return Answer(refusal.status, refusal.message, options=refusal.options, trace=trace)

    def _citations(self, reply: Reply) -> tuple[Citation, ...]:
        seen: dict[tuple[str, int], Citation] = {}
        for evidence in reply.evidence:
            key = (evidence.source, evidence.sentence)
            if key not in seen:
                seen[key] = self.kb.citation(evidence)
        return tuple(seen.values())

    def _slots(self, reading: Reading) -> tuple[tuple[str, str], ...]:
        slots: list[tuple[str, str]] = []
        if reading.subjects:
            slots.append(("subjects", ", ".join(reading.subjects)))
        if reading.measure:
            slots.append(("measure", reading.measure))
        if reading.periods:
            slots.append(("periods", ", ".join(reading.periods)))
        if reading.market:
            slots.append(("market", reading.market))
        if reading.values:
            slots.append(("values", ", ".join(str(value) for value in reading.values)))
        if reading.statement is not None:
            slots.append(("statement", self.kb.knowledge.statements[reading.statement].id))
        return tuple(slots)
