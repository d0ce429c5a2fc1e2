"""Saying what the sources do give when they cannot answer.

"Unknown" alone is unhelpful; "the article gives only the Toyota-led group's
total" lets the user rephrase. Nearby facts are found through the same indexes as
answers (same subject and measure in other periods, groups the subject belongs
to, other subjects with the measure), so this stays cheap as knowledge grows.
"""

from __future__ import annotations

from factbot.answering.answers import Reply, describe, facts_evidence, name_of, possessive
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.results import Status
from factbot.understanding.router import Reading

MAX_LISTED = 6
MAX_SHOWN = 4


def missing_reply(kb: KnowledgeBase, reading: Reading, say_missing: bool = True) -> Reply:
    """Unknown, with what the sources give nearby; `say_missing=False` gives only the nearby part."""
    asked = _asked(kb, reading)
    hints: list[str] = []
    facts: list[Fact] = []
    if reading.measure is not None:
        measure = reading.measure
        for subject in reading.subjects:
            other_periods = kb.facts_by_key.get((subject, measure), ())
            if other_periods:
                hints.append("They give: " + " ".join(describe(kb, fact) for fact in other_periods))
                facts.extend(other_periods)
            for group in () if other_periods else kb.groups_of.get(subject, ()):
                group_facts = kb.facts_by_key.get((group, measure), ())
                if group_facts:
                    hints.append(
                        f"They give only {possessive(name_of(kb, group))} figure, which includes "
                        f"{name_of(kb, subject)}: " + " ".join(describe(kb, fact) for fact in group_facts)
                    )
                    facts.extend(group_facts)
        if not facts:
            alike = _same_slots(kb, reading)
            if alike:
                hints.append("Nearby, they give: " + " ".join(describe(kb, fact) for fact in alike))
                facts.extend(alike)
            else:
                others = _subjects_with_measure(kb, measure)
                if others:
                    hints.append(f"They give {kb.measures[measure].name} for {others}.")
    for subject in reading.subjects:
        measures = sorted({kb.measures[fact.measure].name for fact in kb.facts_by_subject.get(subject, ())})
        if measures and not facts:
            hints.append(f"About {name_of(kb, subject)} they give: {', '.join(measures)}.")
    text = " ".join([f"The sources don't give {asked}." if say_missing else "", *hints]).strip()
    return Reply(Status.UNKNOWN, text, facts_evidence(facts))


def _asked(kb: KnowledgeBase, reading: Reading) -> str:
    subjects = " and ".join(name_of(kb, subject) for subject in reading.subjects)
    measure = kb.measures[reading.measure].name if reading.measure else "that"
    what = f"{possessive(subjects)} {measure}" if subjects else measure
    if reading.unknown_periods:
        return f"{what} for the period you name"
    if reading.market:
        what = f"{what} in {name_of(kb, reading.market)}"
    if reading.periods:
        what += period_phrase_for(kb, reading.periods[0])
    return what


def _same_slots(kb: KnowledgeBase, reading: Reading) -> list[Fact]:
    """Other subjects' facts for the same measure, period and market (asked for Toyota, Japan's is here)."""
    if reading.measure is None or reading.unknown_periods:
        return []
    if not reading.periods:
        return []
    facts = []
    for fact in kb.facts_for(reading.measure, reading.periods):
        if (not reading.market or fact.market == reading.market) and fact.subject not in reading.subjects:
            facts.append(fact)
            if len(facts) == MAX_SHOWN:
                break
    return facts


def period_phrase_for(kb: KnowledgeBase, period_id: str) -> str:
    return f" {kb.periods[period_id].label}"


def _subjects_with_measure(kb: KnowledgeBase, measure: str) -> str:
    subjects = kb.subjects_by_measure.get(measure, ())
    names = [name_of(kb, subject) for subject in subjects[:MAX_LISTED]]
    if len(subjects) > MAX_LISTED:
        names.append(f"{len(subjects) - MAX_LISTED} more")
    return ", ".join(names)
