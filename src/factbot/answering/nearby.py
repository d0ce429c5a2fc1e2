"""Saying what the sources do give when they cannot answer, and what a clarifying option means.

"Unknown" alone is unhelpful; "they give Honda's figure for 2023 only" lets the user
rephrase. Nearby figures are found through the same indexes as answers (the subject's
other periods and markets, the groups it belongs to, other subjects of the measure), so
this stays cheap as the knowledge grows. They are listed one per line, the measure named once.
"""

from __future__ import annotations

from factbot.answering.lookups import asks_the_change
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import amount_text, market_phrase, name, names, period_phrase, possessive
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading

MAX_LISTED = 6


def nearby(kb: KnowledgeBase, reading: Reading) -> Outcome:
    """Unknown: what was asked, and the figures the sources give closest to it."""
    given = _given(kb, reading)
    lead = f"The sources don't give {asked_for(kb, reading)}."
    return Outcome(f"{lead} {given.text}" if given.text else lead, given.evidence)


def given_nearby(kb: KnowledgeBase, reading: Reading) -> Outcome:
    """What the sources give closest to the reading, without the sentence saying what they don't give (empty when
    they give nothing near): the rest of an answer that says what is missing its own way, never a second sentence
    saying it again. Built apart rather than cut from `nearby`'s text, since a name may hold a full stop ("U.S.")."""
    return _given(kb, reading)


def _given(kb: KnowledgeBase, reading: Reading) -> Outcome:
    if reading.measure is None:
        return Outcome(_measures_of(kb, reading.subjects), ())
    values = _nearby_values(kb, reading)
    if not values:
        return Outcome(_measures_of(kb, reading.subjects), ())
    shown = values[:MAX_LISTED]
    one_market = len({value.market for value in shown}) == 1
    one_period = len({value.period for value in shown}) == 1
    heading = kb.measures[reading.measure].name
    heading += market_phrase(kb, shown[0].market) if one_market else ""
    heading += period_phrase(kb, shown[0].period) if one_period else ""
    lines = [
        f"{_who(kb, value)}{'' if one_market else market_phrase(kb, value.market)}"
        f"{'' if one_period else period_phrase(kb, value.period)}: {amount_text(kb, value)}"
        for value in shown
    ]
    more = f"\n  … and {len(values) - MAX_LISTED} more" if len(values) > MAX_LISTED else ""
    text = f"They give {heading} for:\n  " + "\n  ".join(lines) + more
    evidence = tuple(item for value in values[:MAX_LISTED] for item in value.evidence)
    return Outcome(text, evidence)


def _who(kb: KnowledgeBase, value: Value) -> str:
    return name(kb, value.subject)


def _nearby_values(kb: KnowledgeBase, reading: Reading) -> list[Value]:
    assert reading.measure is not None
    found: list[Value] = []
    subjects = list(reading.subjects) or ([reading.group] if reading.group else [])
    for subject in subjects:
        own = levels(kb, subject, reading.measure, (), None) + changes(kb, subject, reading.measure, (), None)
        found += own
        if not own:
            for group in kb.groups_of.get(subject, ()):  # its group's, in the periods asked if it has them
                asked = levels(kb, group, reading.measure, reading.periods, None) if reading.periods else []
                found += asked or levels(kb, group, reading.measure, (), None)
            if kb.entities[subject].is_group:
                for member in kb.entities[subject].members:
                    found += levels(kb, member, reading.measure, reading.periods, None)
    if not found:
        for subject in kb.subjects_by_measure.get(reading.measure, ())[:MAX_LISTED]:
            found += levels(kb, subject, reading.measure, reading.periods, None)
    return list(dict.fromkeys(found))


def _measures_of(kb: KnowledgeBase, subjects: tuple[str, ...]) -> str:
    measures = sorted(
        {kb.measures[fact.measure].name for subject in subjects for fact in kb.facts_by_subject.get(subject, ())}
    )
    if not measures or not subjects:
        return ""
    return f"About {names(kb, subjects)} they give: {', '.join(measures)}."


def asked_for(kb: KnowledgeBase, reading: Reading) -> str:
    """The reading in words: "Honda's electric vehicle sales in 2021" (also a clarifying option)."""
    if reading.operation == STATEMENT and reading.statement is not None:
        return kb.knowledge.statements[reading.statement].answer
    if reading.statements:
        events = [kb.knowledge.statements[number].answer.rstrip(".") for number in reading.statements]
        return "the time between: " + "; and: ".join(events)
    who = names(kb, reading.subjects) if reading.subjects else ""
    if reading.group:
        who = f"{possessive(name(kb, reading.group))} members"
    if reading.measure is None and reading.operation in NAME_WORDS and who:
        return NAME_WORDS[reading.operation].format(who=who)
    measure = kb.measures[reading.measure].name if reading.measure else "that"
    owner = f"{possessive(who)} " if who else ""
    periods = " and ".join(kb.period(period).label for period in reading.periods)
    missing = " and ".join(f"in {period}" for period in reading.missing_periods)
    where = market_phrase(kb, reading.market)
    when = f" {periods or missing}".rstrip()
    asked = "change" if reading.operation == "lookup" and asks_the_change(reading, kb) else reading.operation
    operation = OPERATION_WORDS.get(asked, f"{asked.replace('_', ' ')} of ")
    return f"{operation}{owner}{measure}{where}{when}"


NAME_WORDS = {
    "about": "what the sources say about {who}",
    "describe": "who or what {who} is",
    "members": "who is in {who}",
    "count_members": "how many are in {who}",
    "membership": "whether {who} are in one group",
}
"""A reading of a name alone, with no measure: "About of X's that" says nothing of what it would answer."""
OPERATION_WORDS = {
    "lookup": "",
    "describe": "",
    "extreme_max": "the highest of ",
    "extreme_min": "the lowest of ",
    "sum": "the total of ",
    "share": "the share of ",
    "compare": "a comparison of ",
    "difference": "the difference in ",
    "ratio": "the ratio of ",
    "average": "the average of ",
    "rank": "a ranking of ",
    "change": "the change in ",
    "moved": "the change, one by one, in ",
    "lookup_by_value": "whose figure is ",
    "count_members": "how many members of ",
}
"""An operation in words, for "the sources don't give ..." and clarifying options."""
