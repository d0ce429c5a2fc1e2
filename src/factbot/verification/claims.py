"""`factbot check`: is a claim supported by the sources, refuted by them, or not in them?

A claim is read like a question (same parser and router), with its figures set
aside; the facts for its slots are then compared with what it claims.

Rounding rules, so that "supported" means something precise:
- a bare figure must equal the source's value ("3.44 million" = 3,440,000; "20%" = "20.0%");
- a hedged figure ("about 4 million") is supported when the source's value, rounded to the
  precision the claim writes (here whole millions), equals it: 4.1 million is "about 4
  million", 3.44 million is not "about 4 million" but is "about 3 million";
- a bound ("more than 30", "under 20,000") is supported when the source's value is on that
  side of it, or when the source states the same bound.
A claim whose slots have no fact (another company, year or measure) is "not in the sources",
never refuted: the sources being silent is not the sources disagreeing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from factbot.answering.answers import Reply, describe, facts_evidence, name_of
from factbot.answering.groups import membership
from factbot.answering.nearby import missing_reply
from factbot.answering.respond import select
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.numbers import PERCENT_UNIT, is_figure, round_to
from factbot.results import Status
from factbot.understanding.parse import Parsed, parse
from factbot.understanding.router import GROUP_INTENTS, Reading, Refusal, route, structured_reading

EXACT, HEDGED, MORE_THAN, LESS_THAN = "exact", "about", "more than", "less than"


@dataclass(frozen=True)
class Claimed:
    """A figure as the claim writes it: value, the step it is written to, and its qualifier."""

    value: Decimal
    step: Decimal
    bound: str
    percent: bool


def check_claim(claim: str, kb: KnowledgeBase) -> tuple[Reply, Reading | None]:
    """The verdict (as a Reply with status supported/refuted/unknown) and the reading behind it."""
    parsed = parse(claim, kb)
    if not parsed.words:
        return Reply(Status.UNKNOWN, "Please state a claim to check."), None
    if parsed.unknown_names or parsed.places or parsed.other_quantities:
        unknown = ", ".join(f"'{word}'" for word in (*parsed.unknown_names, *parsed.places, *parsed.other_quantities))
        return Reply(Status.UNKNOWN, f"Not in the sources: they say nothing about {unknown}."), None
    claimed = claimed_figures(parsed, kb)
    reading = _reading(replace(parsed, values=()), kb, claimed)
    if reading is None:
        return _statement_claim(parsed, kb)
    if reading.intent in GROUP_INTENTS and _names_member_and_group(reading, kb):
        return _membership_claim(reading, kb), reading
    if not claimed:
        if reading.intent == "compare" and len(reading.subjects) == 2:
            return _comparison_claim(reading, parsed, kb), reading
        return _statement_claim(parsed, kb)
    if len(reading.subjects) != 1 or reading.unknown_periods:
        return _not_in_sources(kb, reading), reading
    return _figure_claim(reading, claimed[0], kb), reading


def claimed_figures(parsed: Parsed, kb: KnowledgeBase) -> list[Claimed]:
    """Figures in the claim with the precision they are written to; years are not figures."""
    words = parsed.words
    found = []
    for index, word in enumerate(words):
        if not _is_figure(word) or index in _year_positions(parsed):
            continue
        scale = kb.lexicon.scale_words.get(words[index + 1]) if index + 1 < len(words) else None
        decimals = len(word.split(".")[1]) if "." in word else 0
        step = Decimal(1).scaleb(-decimals) * (scale or 1)
        percent = index + 1 < len(words) and words[index + 1] == "percent"
        found.append(Claimed(Decimal(word) * (scale or 1), step, _bound_before(words, index, kb), percent))
    return found


def _is_figure(word: str) -> bool:
    return is_figure(word)


def _year_positions(parsed: Parsed) -> set[int]:
    positions = set()
    for index, word in enumerate(parsed.words):
        if is_figure(word) and len(word) == 4 and word[:2] in ("19", "20"):
            positions.add(index)
    return positions


def _bound_before(words: tuple[str, ...], index: int, kb: KnowledgeBase) -> str:
    kinds = {"hedges": HEDGED, "more_than": MORE_THAN, "less_than": LESS_THAN}
    for kind, bound in kinds.items():
        for phrase in kb.lexicon.claim_words.get(kind, ()):
            phrase_words = kb.normaliser.words(phrase)
            if phrase_words and words[max(0, index - len(phrase_words)) : index] == phrase_words:
                return bound
    return EXACT


def _reading(parsed: Parsed, kb: KnowledgeBase, claimed: list[Claimed]) -> Reading | None:
    structured = structured_reading(parsed, kb)
    if isinstance(structured, Reading) and (structured.measure or structured.intent in GROUP_INTENTS):
        return structured
    if not claimed:
        return None
    subjects = tuple(entity for entity in parsed.entities if not kb.entities[entity].is_market)
    measure = _measure_by_unit(kb, subjects, claimed[0].percent)
    if measure is None:
        return None
    markets = [entity for entity in parsed.entities if entity not in subjects]
    return Reading(
        "lookup", subjects, measure, parsed.periods, markets[0] if markets else None, (), parsed.unknown_periods
    )


def _measure_by_unit(kb: KnowledgeBase, subjects: tuple[str, ...], percent: bool) -> str | None:
    """ "held 14.9% of China's market" names no measure; its unit and subject may leave only one."""
    candidates = {
        fact.measure
        for subject in subjects
        for fact in kb.facts_by_subject.get(subject, ())
        if (kb.measures[fact.measure].unit == PERCENT_UNIT) == percent
    }
    return candidates.pop() if len(candidates) == 1 else None


def matches(fact: Fact, claimed: Claimed, kb: KnowledgeBase) -> bool:
    value = fact.value
    fact_bound = _fact_bound(fact, kb)
    if claimed.bound == EXACT:
        return value == claimed.value and fact_bound == EXACT
    if claimed.bound == HEDGED:
        return round_to(value / claimed.step, 0) * claimed.step == claimed.value
    if claimed.bound == fact_bound:
        return value == claimed.value or (
            value > claimed.value if claimed.bound == MORE_THAN else value < claimed.value
        )
    if claimed.bound == MORE_THAN:
        return value > claimed.value and fact_bound != LESS_THAN
    return value < claimed.value and fact_bound != MORE_THAN


def _fact_bound(fact: Fact, kb: KnowledgeBase) -> str:
    words = kb.normaliser.words(fact.value_text)
    figure = next((index for index, word in enumerate(words) if _is_figure(word)), 0)
    return _bound_before(words, figure, kb)


def _figure_claim(reading: Reading, claimed: Claimed, kb: KnowledgeBase) -> Reply:
    facts = select(kb, reading.subjects[0], reading)
    if not facts:
        return _not_in_sources(kb, reading)
    supporting = [fact for fact in facts if matches(fact, claimed, kb)]
    if supporting:
        told = " ".join(describe(kb, fact) for fact in supporting)
        return Reply(Status.SUPPORTED, f"Supported: {told}", facts_evidence(supporting))
    told = " ".join(describe(kb, fact) for fact in facts)
    text = f"Refuted: the sources say otherwise. {told}"
    owners = _owners_of(claimed, reading, kb)
    if owners:
        text += f" The claimed figure is {', '.join(name_of(kb, fact.subject) for fact in owners)}'s."
    return Reply(Status.REFUTED, text, facts_evidence([*facts, *owners]))


def _owners_of(claimed: Claimed, reading: Reading, kb: KnowledgeBase) -> list[Fact]:
    """Whose figure the claim quoted, when it belongs to someone else ("140,000 is Nissan's")."""
    assert reading.measure is not None
    return [
        fact
        for fact in kb.facts_by_measure.get(reading.measure, ())
        if fact.subject not in reading.subjects
        and (not reading.periods or fact.period in reading.periods)
        and matches(fact, claimed, kb)
    ]


def _comparison_claim(reading: Reading, parsed: Parsed, kb: KnowledgeBase) -> Reply:
    first, second = (select(kb, subject, reading) for subject in reading.subjects)
    if len(first) != 1 or len(second) != 1:
        return _not_in_sources(kb, reading)
    higher = {word for phrase in kb.lexicon.claim_words.get("higher", ()) for word in kb.normaliser.words(phrase)}
    says_higher = any(word in higher for word in parsed.words)
    holds = (first[0].value > second[0].value) == says_higher
    facts = [first[0], second[0]]
    told = " ".join(describe(kb, fact) for fact in facts)
    verdict = Status.SUPPORTED if holds else Status.REFUTED
    return Reply(verdict, f"{verdict.value.capitalize()}: {told}", facts_evidence(facts))


def _names_member_and_group(reading: Reading, kb: KnowledgeBase) -> bool:
    groups = [subject for subject in reading.subjects if kb.entities[subject].is_group]
    return bool(groups) and len(reading.subjects) > len(groups)


def _membership_claim(reading: Reading, kb: KnowledgeBase) -> Reply:
    group_id = next(subject for subject in reading.subjects if kb.entities[subject].is_group)
    member = next(subject for subject in reading.subjects if subject != group_id)
    reply = membership(kb, member, kb.entities[group_id])
    verdict = Status.SUPPORTED if reply.text.startswith("Yes") else Status.REFUTED
    return Reply(verdict, f"{verdict.value.capitalize()}: {reply.text}", reply.evidence)


def _statement_claim(parsed: Parsed, kb: KnowledgeBase) -> tuple[Reply, Reading | None]:
    decision = route(parsed, kb)
    if isinstance(decision, Reading) and decision.intent == "statement" and decision.statement is not None:
        statement = kb.knowledge.statements[decision.statement]
        return Reply(Status.SUPPORTED, f"Supported: {statement.answer}", statement.evidence), decision
    reading = decision.reading if isinstance(decision, Refusal) else decision
    return Reply(Status.UNKNOWN, "Not in the sources: I found nothing that states or contradicts this."), reading


def _not_in_sources(kb: KnowledgeBase, reading: Reading) -> Reply:
    nearby = missing_reply(kb, reading)
    return Reply(Status.UNKNOWN, f"Not in the sources. {nearby.text}", nearby.evidence)


def yes_no_reply(question: str, kb: KnowledgeBase) -> Reply | None:
    """ "Did Honda sell 140,000 EVs?" answered "No: ..." by checking it as a claim; None if it can't be."""
    verdict, _ = check_claim(question, kb)
    if verdict.status is Status.SUPPORTED:
        return Reply(Status.ANSWERED, "Yes. " + verdict.text.removeprefix("Supported: "), verdict.evidence)
    if verdict.status is Status.REFUTED:
        reason = verdict.text.removeprefix("Refuted: ").removeprefix("the sources say otherwise. ")
        return Reply(Status.ANSWERED, "No. " + reason, verdict.evidence)
    return None
