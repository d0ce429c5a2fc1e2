"""Plans that read what the sources state: a figure, whose figure a value is, a group's members, an entity,
a statement."""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import (
    capitalised,
    describe,
    names,
    significant,
)
from factbot.answering.plan import outcome_of
from factbot.answering.sets import beside_members
from factbot.answering.values import Value, changes, levels
from factbot.answering.worked_shares import worked_share
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Entity
from factbot.knowledge.naming_evidence import evidence_naming
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT, format_amount
from factbot.knowledge.quantities import Bound, Quantity
from factbot.understanding.reading import Reading
from factbot.understanding.units import factor, unit_name


def lookup(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.measure is None or reading.missing_periods:
        return None
    found: list[Value] = []
    for subject in beside_members(kb, reading):
        values = (
            []
            if asks_the_change(reading, kb)
            else levels(kb, subject, reading.measure, reading.periods, reading.market)
        )
        values += changes(kb, subject, reading.measure, reading.periods, reading.market)
        if not values:
            return worked_share(reading, kb)  # a share not stated: the part over the whole
        found += values
    if not _every_period_read(reading, found) or _only_changes_unasked(reading, kb, found):
        return None
    if _another_figure_than_stated(reading, kb, found):
        return None
    found.sort(
        key=lambda value: (reading.subjects.index(value.subject), kb.period_order(value.period), value.is_change)
    )
    if reading.unit_asked:
        return _in_unit(reading, kb, found)
    return outcome_of(kb, " ".join(describe(kb, value) for value in found), found)


def asks_the_change(reading: Reading, kb: KnowledgeBase) -> bool:
    """ "How many people did X add", "how much did it lose": a word of a rise or a fall asked of a level whose
    changes the sources state (`change:` facts) asks the change; the level is no answer, stated or not. Asked
    yes or no ("did it go up 300k?"), the verdict is the change's, and the level stays beside it."""
    measure = reading.measure
    if not (reading.rising or reading.falling) or reading.yes_no or measure is None or kb.measures[measure].is_change:
        return False
    return any(fact.is_change for fact in kb.facts_by_measure.get(measure, ()))


def _only_changes_unasked(reading: Reading, kb: KnowledgeBase, found: list[Value]) -> bool:
    """Nothing but stated changes of a measure of levels, where the question says no rise or fall: "what was the
    population in 2011?" is not answered by "up half a million" (that is what is known nearby)."""
    assert reading.measure is not None
    if kb.measures[reading.measure].is_change or reading.rising or reading.falling:
        return False
    return all(value.is_change for value in found)


def _another_figure_than_stated(reading: Reading, kb: KnowledgeBase, found: list[Value]) -> bool:
    """Named no one, a question stating a figure asks whose it is ("what took 750,000 cubic yards?"): the whole the
    document is about, taken as the subject, answers it only with that very figure. A figure of the measure's own
    name or unit ("per 100 million miles") states none."""
    if not reading.implied or reading.yes_no or reading.measure is None:
        return False
    measure = kb.measures[reading.measure]
    names = " ".join((measure.name, measure.unit, *measure.aliases)).casefold()
    stated = {
        value.value
        for value in reading.values
        if value.bound is Bound.EXACT and not (value.ordinal or value.attributive or value.text.casefold() in names)
    }
    return bool(stated) and not stated & {value.amount for value in found}


def _every_period_read(reading: Reading, found: list[Value]) -> bool:
    """Each period the question names is one a figure found is for, or the one a change found is measured from:
    a figure of the half-year is no answer about June, which the question also names."""
    read = {value.period for value in found} | {fact.since for value in found for fact in value.facts}
    return all(period in read for period in reading.periods)


def _in_unit(reading: Reading, kb: KnowledgeBase, found: list[Value]) -> Outcome | None:
    """Each level found, converted into the unit asked ("in metric tons"); changes are given as they are."""
    assert reading.measure is not None
    ratio = factor(kb, reading.measure, reading.unit_asked)
    levels_found = [value for value in found if not value.is_change]
    if ratio is None or not levels_found:
        return None
    unit = unit_name(kb, reading.unit_asked)
    lines = [
        f"{value.text} {kb.measures[reading.measure].unit} × {significant(ratio, 6)} = "
        f"{format_amount(value.amount * ratio)} {unit}"
        for value in levels_found
    ]
    text = " ".join(describe(kb, value) for value in levels_found) + f" In {unit}: " + "; ".join(lines) + "."
    return outcome_of(kb, text, levels_found, lines, values=tuple(value.amount * ratio for value in levels_found))


def lookup_by_value(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Whose figure was X (or whose places, "the second- and third-largest"): every subject of the measure whose
    stated value is one asked about; None unless each place asked is someone's (half of them is not the answer)."""
    if reading.measure is None or not reading.values or reading.subjects:
        return None
    unit = kb.measures[reading.measure].unit
    first = reading.values[0]  # of figures, the first: "a rate of 73.7 per 1,000" asks 73.7
    asked = [value for value in reading.values if value.ordinal] if first.ordinal else [first]
    if not all(_same_kind(wanted, unit) for wanted in asked):
        return None
    stated = [
        value
        for subject in kb.subjects_by_measure.get(reading.measure, ())
        for value in levels(kb, subject, reading.measure, reading.periods, reading.market)
    ]
    found = [[value for value in stated if _holds(value, wanted)] for wanted in asked]
    if not all(found):
        return None
    chosen = list(dict.fromkeys(value for values in found for value in values))
    return outcome_of(kb, " ".join(describe(kb, value) for value in chosen), chosen)


def _holds(value: Value, wanted: Quantity) -> bool:
    return value.amount == wanted.value or (value.high is not None and value.amount <= wanted.value <= value.high)


def _same_kind(wanted: Quantity, unit: str) -> bool:
    """A place is asked by an ordinal ("third"), a share by a percentage: "the three" counts, it ranks no one."""
    return wanted.ordinal == (unit == RANK_UNIT) and (not wanted.percent or unit == PERCENT_UNIT)


def members(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The group's members, less those of them the question leaves out ("besides Honda")."""
    if len(reading.subjects) != 1 or not kb.entities[reading.subjects[0]].is_group:
        return None
    group = kb.entities[reading.subjects[0]]
    left_out = tuple(member for member in reading.excluded if member in group.members)
    listed = tuple(member for member in group.members if member not in left_out)
    if not listed:
        return None
    owner = group.name if not left_out else f"{group.name}, besides {names(kb, left_out)},"
    text = f"{capitalised(owner)} {'are' if len(listed) > 1 else 'is'}: {names(kb, listed)}."
    if group.planned_members:
        text += f" {names(kb, group.planned_members)} plan{'s' if len(group.planned_members) == 1 else ''} to join."
    notes = " ".join(f"Note: {note.text}" for note in group.notes)
    evidence = (*group.evidence, *(item for note in group.notes for item in note.evidence))
    return Outcome(" ".join(filter(None, [text, notes])), evidence, subjects=listed)


def count_members(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    listed = members(reading, kb)
    if listed is None:
        return None
    count = len(listed.subjects)
    return Outcome(
        f"{count} members. {listed.text}", listed.evidence, values=(Decimal(count),), subjects=listed.subjects
    )


def membership(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Is X (or are X and Y) in group G: one of those named is a group, and the answer says of each other one
    whether it is in it. The verdict is Yes when all are, No when none is; mixed, each is said and none given. Not
    asked yes or no ("which alliance includes X?"), a group that none of them is in answers nothing."""
    entities = [kb.entities[subject] for subject in dict.fromkeys(reading.subjects)]
    groups = [entity for entity in entities if entity.is_group]
    if len(groups) != 1 or len(entities) < 2:
        return None
    group = groups[0]
    members = [entity for entity in entities if entity is not group]
    inside = [member.id in group.members for member in members]
    if not reading.yes_no and not any(inside):
        return None  # "which alliance includes X?" is not answered by the one alliance X is not in
    lines = [_member_line(kb, member, group) for member in members]
    listed = f"{capitalised(group.name)}: {names(kb, group.members)}."
    notes = " ".join(f"Note: {note.text}" for note in group.notes)
    cited = dict.fromkeys(item for member in members for item in evidence_naming(kb, group, member))
    evidence = (*cited, *(item for note in group.notes for item in note.evidence))
    verdict = all(inside) if all(inside) or not any(inside) else None
    subjects = tuple(member.id for member in members)
    return Outcome(" ".join(filter(None, [*lines, listed, notes])), evidence, subjects=subjects, verdict=verdict)


def _member_line(kb: KnowledgeBase, member: Entity, group: Entity) -> str:
    who = capitalised(member.name)
    if member.id in group.members:
        return f"{who} is a member of {group.name}."
    if member.id in group.planned_members:
        return f"{who} is not a member of {group.name} yet: it plans to join."
    return f"{who} is not among the members the sources list for {group.name}."


def describe_entity(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Who or what each entity named is, in the source's words ("who are X and Y": each described)."""
    entities = [kb.entities[subject] for subject in dict.fromkeys(reading.subjects)]
    if not entities or not all(entity.description for entity in entities):
        return None
    text = " ".join(f"{capitalised(entity.name)} is {entity.description}." for entity in entities)
    evidence = tuple(dict.fromkeys(item for entity in entities for item in entity.evidence))
    return Outcome(text, evidence, subjects=tuple(entity.id for entity in entities))


def about(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if len(reading.subjects) != 1:
        return None
    from factbot.answering.profile import profile

    return profile(kb, reading.subjects[0])


def statement(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.statement is None:
        return None
    found = kb.knowledge.statements[reading.statement]
    return Outcome(found.answer, found.evidence, subjects=found.about)
