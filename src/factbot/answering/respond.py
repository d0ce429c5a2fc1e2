"""Turning a reading into a reply: select the facts, then call one answer function.

Fact selection is where honesty is enforced: a slot the question names (a period,
a market, a subject) must be matched by the fact, never approximated by the
nearest one. When something is missing the reply is `unknown`, and says what
the sources do give nearby.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from factbot.answering import answers, groups
from factbot.answering.answers import Reply, incompatibility, refusal
from factbot.answering.nearby import missing_reply
from factbot.answering.profile import profile
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence, Fact
from factbot.knowledge.numbers import RANK_UNIT
from factbot.results import Status
from factbot.understanding.router import GROUP_INTENTS, PAIR_INTENTS, Reading

TOP_RANK = Decimal(1)


def respond(reading: Reading, kb: KnowledgeBase) -> Reply:
    if reading.intent == "statement" and reading.statement is not None:
        statement = kb.knowledge.statements[reading.statement]
        return Reply(Status.ANSWERED, statement.answer, statement.evidence)
    if reading.intent == "about" and reading.subjects:
        return profile(kb, reading.subjects[0])
    if reading.intent in GROUP_INTENTS:
        return _group_reply(reading, kb)
    if reading.measure is None:
        return missing_reply(kb, reading)
    if reading.unknown_periods:
        return missing_reply(kb, reading)
    if reading.intent == "reverse_lookup":
        return _reverse_lookup(reading, kb)
    if reading.intent in ("rank", "extreme_max", "extreme_min") or (
        reading.intent == "lookup" and not reading.subjects
    ):
        return _over_many(reading, kb)
    if reading.intent == "change":
        return _change(reading, kb)
    if reading.intent == "average" and not reading.subjects:
        return _over_many(reading, kb)
    if reading.intent in ("sum", "average"):
        return _aggregate(reading, kb)
    if reading.intent in PAIR_INTENTS:
        return _pair(reading, kb)
    return _lookup(reading, kb)


# --- selection -------------------------------------------------------------------------------
def select(kb: KnowledgeBase, subject: str, reading: Reading) -> tuple[Fact, ...]:
    """The subject's facts for the reading's measure, honouring every named period and market."""
    assert reading.measure is not None
    facts = kb.facts_by_key.get((subject, reading.measure), ())
    return tuple(fact for fact in facts if _fits(fact, reading))


def _fits(fact: Fact, reading: Reading) -> bool:
    """A named period or market must be the fact's own; a fact that states none does not match one."""
    if reading.periods and fact.period not in reading.periods:
        return False
    return _fits_market(fact, reading)


def one_each(kb: KnowledgeBase, reading: Reading, subjects: Sequence[str]) -> list[Fact] | Reply:
    """One fact per subject, in a period they share; missing or ambiguous gives a reply instead."""
    found = {subject: select(kb, subject, reading) for subject in subjects}
    missing = [subject for subject, facts in found.items() if not facts]
    if missing:
        return missing_reply(kb, replace(reading, subjects=tuple(missing)))
    if all(len(facts) == 1 for facts in found.values()):
        return [facts[0] for facts in found.values()]
    shared = set.intersection(*({fact.period for fact in facts} for facts in found.values()))
    if len(shared) == 1:
        (period,) = shared
        return [next(fact for fact in facts if fact.period == period) for facts in found.values()]
    # several periods fit: ask, rather than silently take one (the latest is not what was asked)
    periods = sorted({fact.period for facts in found.values() for fact in facts if fact.period}, key=kb.period_order)
    names = " and ".join(kb.entities[subject].name for subject in subjects)
    measure = kb.measures[reading.measure].name if reading.measure else ""
    options = tuple(f"{names} {measure} {kb.periods[period].label}".replace("  ", " ") for period in periods)
    return Reply(Status.CLARIFY, "For which period?", options=options)


# --- operations ---------------------------------------------------------------------------------
def _lookup(reading: Reading, kb: KnowledgeBase) -> Reply:
    facts: list[Fact] = []
    for subject in reading.subjects:
        selected = select(kb, subject, reading)
        if not selected and kb.entities[subject].is_group:
            return _aggregate(reading, kb)
        if not selected:
            return missing_reply(kb, replace(reading, subjects=(subject,)))
        facts.extend(selected)
    if len(reading.subjects) == 1 and len(reading.periods) > 1 and len(facts) > 1:
        return answers.change(kb, facts)  # "X in P1 and in P2" asks how it moved between them
    return answers.lookup(kb, facts)


def _over_many(reading: Reading, kb: KnowledgeBase) -> Reply:
    assert reading.measure is not None
    chosen = _combinable(kb, _one_per_subject(kb, reading))
    if isinstance(chosen, Reply):
        return chosen
    if reading.intent == "rank":
        return answers.rank(kb, chosen)
    if reading.intent == "average":
        return answers.average(kb, chosen)
    too_many = len(chosen) > answers.MAX_LISTED
    nothing_narrows = not (reading.subjects or reading.periods or reading.market)
    if reading.intent == "lookup" and len(chosen) > 1 and (too_many or nothing_narrows):
        return _which_subject(kb, reading, chosen)
    if reading.intent == "lookup":
        return answers.lookup(kb, chosen)
    direction = "min" if reading.intent == "extreme_min" else "max"
    return answers.extreme(kb, chosen, direction)


def _combinable(kb: KnowledgeBase, chosen: list[Fact] | Reply) -> list[Fact] | Reply:
    """The facts when they may be combined; otherwise the reply that says why not."""
    if isinstance(chosen, Reply):
        return chosen
    reason = incompatibility(kb, chosen)
    return refusal(reason, chosen) if reason else chosen


def _one_per_subject(kb: KnowledgeBase, reading: Reading) -> list[Fact] | Reply:
    """The named subjects' facts; without names, everyone's facts in the named period and market.

    The unnamed case reads the (measure, period) index directly rather than selecting
    subject by subject, so "who sold the most" costs one pass over that period's facts.
    """
    if reading.subjects:
        return one_each(kb, reading, reading.subjects)
    facts = [fact for fact in kb.facts_for(reading.measure or "", reading.periods) if _fits(fact, reading)]
    if any(not kb.entities[fact.subject].is_group for fact in facts):
        facts = [fact for fact in facts if not kb.entities[fact.subject].is_group]  # rank like with like
    subjects = tuple(dict.fromkeys(fact.subject for fact in facts))
    if not subjects:
        return missing_reply(kb, reading)
    if len(subjects) == len(facts):
        return facts
    return one_each(kb, reading, subjects)


def _which_subject(kb: KnowledgeBase, reading: Reading, facts: Sequence[Fact]) -> Reply:
    """Too many to list: ask which one, offering the first few as options."""
    assert reading.measure is not None
    measure = kb.measures[reading.measure]
    options = tuple(f"{answers.name_of(kb, fact.subject)} {measure.name}" for fact in facts[:6])
    text = f"The sources give {measure.name} for {len(facts):,} subjects; which one do you mean?"
    if len(facts) <= len(options):
        names = ", ".join(answers.name_of(kb, fact.subject) for fact in facts)
        text = f"The sources give {measure.name} for {names}; which one do you mean?"
    return Reply(Status.CLARIFY, text, options=options)


def _subjects_with(kb: KnowledgeBase, reading: Reading) -> tuple[str, ...]:
    assert reading.measure is not None
    facts = [fact for fact in kb.facts_for(reading.measure, reading.periods) if _fits(fact, reading)]
    return tuple(dict.fromkeys(fact.subject for fact in facts))


def _pair(reading: Reading, kb: KnowledgeBase) -> Reply:
    subjects = list(reading.subjects[:2])
    if reading.intent == "share":
        subjects = _part_then_whole(kb, subjects)
    if reading.intent == "share" and any(intent == "sum" for intent in reading.other_cues):
        return Reply(Status.UNKNOWN, "I can't tell which figure is the whole here; ask for the total first.")
    chosen = _combinable(kb, one_each(kb, reading, subjects))
    if isinstance(chosen, Reply):
        return chosen
    first, second = chosen
    operations = {
        "difference": answers.difference,
        "ratio": answers.ratio,
        "compare": answers.compare,
        "share": answers.share,
    }
    return operations[reading.intent](kb, first, second)


def _part_then_whole(kb: KnowledgeBase, subjects: list[str]) -> list[str]:
    """The whole is the group containing the other; else the one named first, right after
    "what share of" ("What share of Tesla's EV sales were BYD's?": Tesla's is the whole)."""
    first, second = subjects
    if first in kb.entities[second].members:
        return [first, second]
    return [second, first]


def _aggregate(reading: Reading, kb: KnowledgeBase) -> Reply:
    subjects = _without_counted_members(kb, reading.subjects)
    listed_group = kb.group_with_members(subjects)
    if listed_group is not None and reading.intent == "sum" and select(kb, listed_group, reading):
        subjects = (listed_group,)  # "Toyota, Daihatsu, ... and Hino together" is the group's own stated total
    label = (
        answers.name_of(kb, subjects[0])
        if len(subjects) == 1
        else " and ".join(answers.name_of(kb, s) for s in subjects)
    )
    if len(subjects) == 1 and kb.entities[subjects[0]].is_group:
        group = kb.entities[subjects[0]]
        own = select(kb, group.id, reading)
        if own and reading.intent == "sum":
            return answers.lookup(kb, own)
        subjects = group.members
        label = f"{group.name} ({', '.join(answers.name_of(kb, member) for member in subjects)})"
    chosen = _combinable(kb, one_each(kb, reading, subjects))
    if isinstance(chosen, Reply):
        return chosen
    if reading.intent == "average":
        return answers.average(kb, chosen)
    return answers.total(kb, chosen, label)


def _without_counted_members(kb: KnowledgeBase, subjects: tuple[str, ...]) -> tuple[str, ...]:
    """Drop members of a group also named: adding a group's total to its own member counts it twice.

    A planned member stays: "the alliance if Mitsubishi joined" is not the alliance alone.
    """
    named_groups = [kb.entities[subject] for subject in subjects if kb.entities[subject].is_group]
    return tuple(subject for subject in subjects if not any(subject in group.members for group in named_groups))


def _change(reading: Reading, kb: KnowledgeBase) -> Reply:
    assert reading.measure is not None
    subjects = reading.subjects or _subjects_with(kb, reading)
    if len(subjects) != 1:
        return _over_many(replace(reading, intent="lookup"), kb)
    subject = subjects[0]
    all_facts = kb.facts_by_key.get((subject, reading.measure), ())
    series = [fact for fact in all_facts if _fits_market(fact, reading)]
    anchors = [fact for fact in series if fact.period in reading.periods or fact.value in reading.values]
    if len(anchors) >= 2:
        series = anchors
    if reading.periods and not anchors:
        return missing_reply(kb, replace(reading, subjects=(subject,)))
    if reading.periods and len(anchors) == 1:
        series = anchors
    if not series:
        return missing_reply(kb, replace(reading, subjects=(subject,)))
    if len(series) == 1 and not kb.measures[reading.measure].is_change:
        only = answers.describe(kb, series[0])
        text = f"The sources give only one figure, so they don't say how it changed: {only}"
        return Reply(Status.UNKNOWN, text, answers.facts_evidence(series))
    if len(series) == 1:
        return answers.lookup(kb, series)
    return answers.change(kb, series)


def _reverse_lookup(reading: Reading, kb: KnowledgeBase) -> Reply:
    """Who has this value ("Japan's third largest", "who sold 140,000")."""
    assert reading.measure is not None
    measure = kb.measures[reading.measure]
    wanted = reading.values
    if not wanted and measure.unit == RANK_UNIT:
        wanted = (TOP_RANK,)  # "Japan's largest" without an ordinal asks for first place
    facts = [fact for fact in kb.facts_by_measure.get(reading.measure, ()) if _fits_market(fact, reading)]
    hits = [fact for fact in facts if fact.value in wanted]
    if hits:
        return answers.lookup(kb, hits)
    known = " ".join(answers.describe(kb, fact) for fact in facts)
    evidence: tuple[Evidence, ...] = answers.facts_evidence(facts)
    return Reply(Status.UNKNOWN, f"The sources don't say. What they do say: {known}", evidence)


def _fits_market(fact: Fact, reading: Reading) -> bool:
    return not reading.market or fact.market == reading.market


def _group_reply(reading: Reading, kb: KnowledgeBase) -> Reply:
    group_ids = [subject for subject in reading.subjects if kb.entities[subject].is_group]
    group = kb.entities[group_ids[-1]]
    if reading.intent == "membership":
        others = [subject for subject in reading.subjects if subject != group.id]
        return groups.membership(kb, others[0], group)
    if reading.intent == "count_members":
        return groups.count_members(kb, group)
    return groups.members(kb, group)
