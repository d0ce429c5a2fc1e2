"""One evaluator per operation: a reading in, an outcome out, or None when the sources cannot say.

Each evaluator is a small plan over values: select the values its slots name (stated, or
derived from a level and a change), check they may be combined (same measure, unit,
period and market), compute, and word the result with its working. The table at the
bottom pairs them with `factbot.understanding.operations`; nothing else names them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from factbot.answering import sets
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import (
    NOT_ADDITIVE,
    bare,
    capitalised,
    caveats,
    computed,
    describe,
    inexact_note,
    market_phrase,
    name,
    names,
    past_be,
    period_phrase,
    possessive,
    significant,
)
from factbot.answering.values import Value, changes, evidence_of, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.knowledge.periods import PeriodKey, PeriodKind
from factbot.understanding.reading import Reading

Evaluator = Callable[[Reading, KnowledgeBase], Outcome | None]
MAX_LISTED = 10


def _outcome(
    kb: KnowledgeBase,
    text: str,
    used: Sequence[Value],
    working: Sequence[str] = (),
    values: tuple[Decimal, ...] | None = None,
    subjects: tuple[str, ...] | None = None,
) -> Outcome:
    """The outcome of a plan: its text with every caveat its values carry, their evidence and working."""
    lines = [*(line for value in used for line in value.working), *working]
    return Outcome(
        text=" ".join(filter(None, [text, caveats(kb, used)])),
        evidence=evidence_of([fact for value in used for fact in value.facts]),
        working=tuple(dict.fromkeys(lines)),
        values=values if values is not None else tuple(value.amount for value in used),
        subjects=subjects if subjects is not None else tuple(dict.fromkeys(value.subject for value in used)),
    )


# --- lookups -------------------------------------------------------------------------------------
def lookup(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.measure is None or reading.missing_periods:
        return None
    found: list[Value] = []
    for subject in reading.subjects:
        values = levels(kb, subject, reading.measure, reading.periods, reading.market)
        values += changes(kb, subject, reading.measure, reading.periods, reading.market)
        if not values:
            return None
        found += values
    found.sort(
        key=lambda value: (reading.subjects.index(value.subject), kb.period_order(value.period), value.is_change)
    )
    return _outcome(kb, " ".join(describe(kb, value) for value in found), found)


def lookup_by_value(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Whose figure was X: every subject of the measure whose stated value is the one asked about."""
    if reading.measure is None or not reading.values or reading.subjects:
        return None
    wanted = reading.values[0]
    found = [
        value
        for subject in kb.subjects_by_measure.get(reading.measure, ())
        for value in levels(kb, subject, reading.measure, reading.periods, reading.market)
        if value.amount == wanted.value or (value.high is not None and value.amount <= wanted.value <= value.high)
    ]
    if not found:
        return None
    return _outcome(kb, " ".join(describe(kb, value) for value in found), found)


# --- two figures ----------------------------------------------------------------------------------
def _pinned_periods(reading: Reading, kb: KnowledgeBase) -> tuple[str, ...]:
    """The periods named, and those of any stated value the question quotes ("fall from 17.0% to ...")."""
    if reading.measure is None or len(reading.subjects) != 1 or not reading.values or len(reading.periods) > 1:
        return reading.periods
    quoted = {value.value for value in reading.values if not value.ordinal}
    stated = levels(kb, reading.subjects[0], reading.measure, (), reading.market)
    pinned = [value.period for value in stated if value.amount in quoted and value.period]
    return tuple(dict.fromkeys([*pinned, *reading.periods]))


def _quoted_values(reading: Reading, kb: KnowledgeBase) -> tuple[Value, Value] | None:
    """Each subject's value that the question quotes ("X's original 82.9% against Y's 16.5%"), whatever
    their periods: the figures say which of each subject's values are meant."""
    quoted = {value.value for value in reading.values if not value.ordinal}
    if reading.measure is None or len(quoted) < 2:
        return None
    found = []
    for subject in reading.subjects:
        stated = levels(kb, subject, reading.measure, (), reading.market)
        matching = [value for value in stated if value.amount in quoted]
        if len(matching) != 1:
            return None
        found.append(matching[0])
    return (found[0], found[1])


def _across(reading: Reading, kb: KnowledgeBase) -> list[Value] | None:
    """One subject's value for each measure set side by side, all for one period."""
    if len(reading.measures) < 2 or len(reading.subjects) != 1:
        return None
    subject, periods = reading.subjects[0], reading.periods[:1]
    found = [levels(kb, subject, measure, periods, reading.market) for measure in reading.measures]
    if any(not values for values in found):
        return None
    shared = set.intersection(*({value.period for value in values} for values in found))
    period = max(shared, key=kb.period_order) if shared else None
    if not shared:
        return None
    return [next(value for value in values if value.period == period) for values in found]


def _pair(reading: Reading, kb: KnowledgeBase) -> tuple[Value, Value] | None:
    """Two values alike in everything but subject (or, for one subject, but period or measure)."""
    if reading.measures:
        across = _across(reading, kb)
        return (across[0], across[1]) if across and len(across) == 2 else None
    if reading.measure is None or reading.missing_periods:
        return None
    periods = _pinned_periods(reading, kb)
    if len(reading.subjects) == 1 and len(periods) >= 2:
        values = levels(kb, reading.subjects[0], reading.measure, periods[:2], reading.market)
        return (values[0], values[1]) if len(values) == 2 else None
    if len(reading.subjects) != 2:
        return None
    quoted = _quoted_values(reading, kb)
    if quoted is not None:
        return quoted
    chosen = sets.one_each(kb, reading.subjects, reading.measure, reading.periods[:1], reading.market)
    return (chosen[0], chosen[1]) if chosen else None


def _label(kb: KnowledgeBase, value: Value, by_period: bool) -> str:
    """A value's name in a comparison: its subject, or its period when one subject is compared over time."""
    if by_period and value.period is None:
        return kb.measures[value.measure].name
    if by_period and value.period:
        return kb.period(value.period).label.removeprefix("in ")
    return name(kb, value.subject)


def compare(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    pair = _pair(reading, kb)
    if pair is None:
        return None
    first, second = pair
    if first.measure != second.measure:
        return _compare_measures(kb, first, second)
    by_period = first.subject == second.subject
    measure = kb.measures[first.measure]
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    if measure.unit == RANK_UNIT:
        higher, lower = lower, higher
    what = f"{measure.name}{market_phrase(kb, first.market)}"
    if first.amount == second.amount:
        both = f"{capitalised(_label(kb, first, by_period))} and {_label(kb, second, by_period)}"
        text = f"{both} are level on {what}: {first.text}."
    elif by_period:
        text = (
            f"{capitalised(possessive(name(kb, first.subject)))} {what} was {measure.higher_word} "
            f"{period_phrase(kb, higher.period).strip()} ({higher.text}) than "
            f"{period_phrase(kb, lower.period).strip()} ({lower.text})."
        )
    else:
        text = (
            f"{capitalised(possessive(name(kb, higher.subject)))} {what}{period_phrase(kb, higher.period)} "
            f"{'were' if higher.period else 'are'} {measure.higher_word} than {possessive(name(kb, lower.subject))}: "
            f"{higher.text} against {lower.text}."
        )
    # the values in the order the question names them, so "was X lower than Y?" can be checked
    return _outcome(kb, text + inexact_note(pair), pair, subjects=(higher.subject, lower.subject))


def _compare_measures(kb: KnowledgeBase, first: Value, second: Value) -> Outcome:
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    owner = capitalised(possessive(name(kb, first.subject)))
    text = (
        f"{owner} {kb.measures[higher.measure].name}{period_phrase(kb, higher.period)} ({higher.text}) is higher than "
        f"its {kb.measures[lower.measure].name} ({lower.text})."
    )
    return _outcome(kb, text + inexact_note((first, second)), (first, second), subjects=(first.subject,))


def difference(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    pair = _pair(reading, kb)
    if pair is None:
        return None
    first, second = pair
    if first.subject == second.subject:
        return _change_between(kb, first, second)
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    gap = higher.amount - lower.amount
    amount = computed(kb, first.measure, gap, first.currency)
    line = f"{higher.text} − {lower.text} = {bare(kb, first.measure, gap, first.currency)}"
    measure = kb.measures[first.measure]
    text = (
        f"{capitalised(possessive(name(kb, higher.subject)))} {measure.name}{period_phrase(kb, higher.period)} "
        f"exceeded {possessive(name(kb, lower.subject))} by {amount} ({line})."
    )
    if first.measure != second.measure:
        text = (
            f"{capitalised(possessive(name(kb, first.subject)))} {kb.measures[higher.measure].name} exceeded its "
            f"{kb.measures[lower.measure].name}{period_phrase(kb, higher.period)} by {amount} ({line})."
        )
    return _outcome(kb, text + inexact_note(pair), pair, [line], values=(gap,))


def ratio(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    pair = _pair(reading, kb)
    if pair is None or pair[1].amount == 0 or pair[0].amount == 0:
        return None
    first, second = pair
    times = first.amount / second.amount
    line = f"{first.text} ÷ {second.text} = {significant(times)}"
    lines = [line]
    label_first, label_second = (_label(kb, value, first.subject == second.subject) for value in pair)
    text = f"{capitalised(label_first)}'s figure is {significant(times)} times {label_second}'s ({line})."
    if first.subject != second.subject:
        measure = kb.measures[first.measure].name
        text = (
            f"{capitalised(possessive(name(kb, first.subject)))} {measure}{period_phrase(kb, first.period)} "
            f"{past_be(measure)} "
            f"{significant(times)} times {possessive(name(kb, second.subject))} ({line})."
        )
    if times < 1:
        inverse = f"{second.text} ÷ {first.text} = {significant(1 / times)}"
        text += f" Put the other way, {label_second}'s is {significant(1 / times)} times {label_first}'s ({inverse})."
        lines.append(inverse)
    return _outcome(kb, text + inexact_note(pair), pair, lines, values=(times,))


def _combined_share(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """ "What share of Tesla and BYD's combined sales was BYD's?": the part over the sum of all named."""
    if reading.measure is None or reading.last_named not in reading.subjects:
        return None
    chosen = sets.one_each(kb, reading.subjects, reading.measure, reading.periods[:1], reading.market)
    if chosen is None or not sets.additive(kb, chosen):
        return None
    whole = sum((value.amount for value in chosen), Decimal(0))
    part = next(value for value in chosen if value.subject == reading.last_named)
    if whole == 0:
        return None
    percent = part.amount / whole * 100
    shown = f"{significant(percent)}%"
    total_text = bare(kb, reading.measure, whole, part.currency)
    lines = [" + ".join(value.text for value in chosen) + f" = {total_text}", f"{part.text} ÷ {total_text} = {shown}"]
    measure = kb.measures[reading.measure].name
    text = (
        f"{capitalised(possessive(name(kb, part.subject)))} {measure} are {shown} of the combined "
        f"{measure} of {names(kb, reading.subjects)}{period_phrase(kb, part.period)} ({'; '.join(lines)})."
    )
    return _outcome(kb, text + inexact_note(chosen), chosen, lines, values=(percent,))


def share(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """What share of a named whole one part is: of a group's total, or of another subject's figure."""
    if reading.combined:
        return _combined_share(reading, kb)
    if reading.measures:
        return _share_of_measure(reading, kb)
    if reading.measure is None or len(reading.subjects) != 2:
        return None
    whole_id, part_id = sets.whole_and_part(kb, reading.subjects)
    chosen = sets.one_each(kb, (part_id, whole_id), reading.measure, reading.periods[:1], reading.market)
    if chosen is None or kb.measures[reading.measure].unit in NOT_ADDITIVE or chosen[1].amount == 0:
        return None
    part, whole = chosen
    percent = part.amount / whole.amount * 100
    shown = f"{significant(percent)}%"
    line = f"{part.text} ÷ {whole.text} = {shown}"
    measure = kb.measures[reading.measure].name
    text = (
        f"{capitalised(possessive(name(kb, part.subject)))} {measure} are {shown} of "
        f"{possessive(name(kb, whole.subject))}{period_phrase(kb, whole.period)} ({line})."
    )
    return _outcome(kb, text + inexact_note(chosen), chosen, [line], values=(percent,))


def _share_of_measure(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """One measure as a share of another of the same subject and unit: a part over its whole."""
    across = _across(reading, kb)
    if across is None or len(across) != 2 or across[1].amount == 0:
        return None
    part, whole = across
    percent = part.amount / whole.amount * 100
    shown = f"{significant(percent)}%"
    line = f"{part.text} ÷ {whole.text} = {shown}"
    text = (
        f"{capitalised(possessive(name(kb, part.subject)))} {kb.measures[part.measure].name} "
        f"{past_be(kb.measures[part.measure].name)} {shown} of its {kb.measures[whole.measure].name}"
        f"{period_phrase(kb, whole.period)} ({line})."
    )
    return _outcome(kb, text + inexact_note(across), across, [line], values=(percent,))


# --- sets -------------------------------------------------------------------------------------------
def total(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    chosen = _across(reading, kb) if reading.measures else sets.values_of_set(kb, reading)
    if chosen is None or len(chosen) < 2 or not sets.additive(kb, chosen):
        return None
    amount = sum((value.amount for value in chosen), Decimal(0))
    shown = computed(kb, chosen[0].measure, amount, chosen[0].currency)
    line = " + ".join(value.text for value in chosen) + f" = {bare(kb, chosen[0].measure, amount, chosen[0].currency)}"
    label = sets.label(kb, reading, chosen)
    measure = kb.measures[chosen[0].measure].name
    text = f"{capitalised(label)} {measure}{period_phrase(kb, chosen[0].period)} together: {shown} ({line})."
    return _outcome(kb, text + inexact_note(chosen), chosen, [line], values=(amount,))


def average(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    chosen = sets.values_of_set(kb, reading) or _series(reading, kb)
    if not chosen or len(chosen) < 2 or kb.measures[chosen[0].measure].unit == RANK_UNIT:
        return None
    mean = sum((value.amount for value in chosen), Decimal(0)) / len(chosen)
    unit = kb.measures[chosen[0].measure].unit
    if unit == PERCENT_UNIT:
        shown = plain = f"{significant(mean, 6)}%"
    else:
        shown = computed(kb, chosen[0].measure, round(mean, 2), chosen[0].currency)
        plain = bare(kb, chosen[0].measure, round(mean, 2), chosen[0].currency)
    line = f"({' + '.join(value.text for value in chosen)}) ÷ {len(chosen)} = {plain}"
    measure = kb.measures[chosen[0].measure].name
    text = f"The average {measure} of {sets.label(kb, reading, chosen)} is {shown} ({line}; unweighted)."
    return _outcome(kb, text + inexact_note(chosen), chosen, [line], values=(mean,))


def _series(reading: Reading, kb: KnowledgeBase) -> list[Value]:
    if reading.measure is None or len(reading.subjects) != 1:
        return []
    return levels(kb, reading.subjects[0], reading.measure, reading.periods, reading.market)


def rank(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    chosen = sets.values_of_set(kb, reading) or _series(reading, kb)
    if not chosen or len(chosen) < 2:
        return None
    order = sets.ordered(kb, chosen)
    shown = order[:MAX_LISTED]
    by_period = len({value.subject for value in chosen}) == 1
    items = ", ".join(f"{place}. {_label(kb, value, by_period)} ({value.text})" for place, value in enumerate(shown, 1))
    more = f", and {len(order) - len(shown):,} more" if len(order) > len(shown) else ""
    measure = kb.measures[chosen[0].measure].name
    period = "" if by_period else period_phrase(kb, order[0].period)
    text = f"By {measure}{period}, highest first: {items}{more}."
    return _outcome(kb, text, shown, subjects=tuple(value.subject for value in shown))


def _extreme(reading: Reading, kb: KnowledgeBase, largest: bool) -> Outcome | None:
    chosen = sets.values_of_set(kb, reading)
    if not chosen:
        return None
    unit = kb.measures[chosen[0].measure].unit
    if unit == RANK_UNIT:
        return _by_rank(kb, chosen, reading.position if largest else len(chosen) - reading.position + 1)
    order = sets.ordered(kb, chosen)
    if not largest:
        order.reverse()
    if len(order) < reading.position:
        return None
    top = order[reading.position - 1]
    others = [value for value in order if value is not top][: MAX_LISTED - 1]
    word = "largest" if largest else "smallest"
    place = "" if reading.position == 1 else f"{_ordinal(reading.position)}-"
    measure = kb.measures[top.measure].name
    where = f"{market_phrase(kb, top.market)}{period_phrase(kb, top.period)}"
    text = f"{capitalised(name(kb, top.subject))} had the {place}{word} {measure}{where}: {top.text}"
    rest = "; ".join(f"{name(kb, value.subject)} {value.text}" for value in others)
    text += f" (the others: {rest})." if rest else "."
    return _outcome(kb, text, [top, *others], subjects=(top.subject,), values=(top.amount,))


def _by_rank(kb: KnowledgeBase, chosen: Sequence[Value], position: int) -> Outcome | None:
    """ "Japan's third largest": the subject whose stated rank is third."""
    found = [value for value in chosen if value.amount == position]
    if not found:
        return None
    return _outcome(kb, " ".join(describe(kb, value) for value in found), found)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def extreme_max(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    return _extreme(reading, kb, largest=True)


def extreme_min(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    return _extreme(reading, kb, largest=False)


# --- change over time ---------------------------------------------------------------------------------
def change(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.measure is None or len(reading.subjects) != 1 or reading.missing_periods:
        return None
    subject = reading.subjects[0]
    periods = _pinned_periods(reading, kb)
    series = levels(kb, subject, reading.measure, periods, reading.market)
    stated = changes(kb, subject, reading.measure, reading.periods, reading.market)
    series.sort(key=lambda value: kb.period_order(value.period))
    if len(series) == 1 and len(periods) == 1 and not stated:
        series = _with_previous(kb, reading, series[0])  # "fell ... when X happened": from the period before
    if len(series) >= 2 and not (stated and len(reading.periods) == 1):
        return _change_between(kb, series[0], series[-1], series)
    if stated:
        return _stated_changes(kb, stated, series)
    if kb.measures[reading.measure].is_change and series:
        return _outcome(kb, " ".join(describe(kb, value) for value in series), series)
    return None


def _stated_changes(kb: KnowledgeBase, stated: Sequence[Value], series: Sequence[Value]) -> Outcome:
    """Changes as the source states them, each with the level it ends at and, where that gives the level it
    started from, the change as a percentage ("down 2.7 million to 5.0 million: a fall of 35.1%")."""
    sentences: list[str] = []
    lines: list[str] = []
    for change_value in stated:
        sentence = describe(kb, change_value)
        level = next((value for value in series if value.period == change_value.period), None)
        if level is not None and kb.measures[level.measure].unit != PERCENT_UNIT:
            start = level.amount - change_value.amount
            sentence = sentence.rstrip(".") + f", to {level.text}."
            if start:
                percent = change_value.amount / start * 100
                word = "a fall" if percent < 0 else "a rise"
                shown = f"{significant(abs(percent))}%"
                start_text = bare(kb, level.measure, start, level.currency)
                lines.append(f"{bare(kb, level.measure, change_value.amount, level.currency)} ÷ {start_text} = {shown}")
                sentence = sentence.rstrip(".") + f": {word} of {shown} from {start_text}."
        sentences.append(sentence)
    used = [*stated, *(value for value in series if any(value.period == item.period for item in stated))]
    signed = tuple(value.amount for value in stated)
    return _outcome(kb, " ".join(sentences), used, lines, values=signed)


def _with_previous(kb: KnowledgeBase, reading: Reading, value: Value) -> list[Value]:
    """The subject's stated level just before `value`'s period, then `value`: the change into that period."""
    assert reading.measure is not None
    earlier = [
        other
        for other in levels(kb, value.subject, reading.measure, (), reading.market)
        if other.period and kb.period_order(other.period) < kb.period_order(value.period)
    ]
    if not earlier:
        return [value]
    return [max(earlier, key=lambda other: kb.period_order(other.period)), value]


def _change_between(kb: KnowledgeBase, first: Value, last: Value, series: Sequence[Value] = ()) -> Outcome:
    if kb.period_order(first.period) > kb.period_order(last.period):
        first, last = last, first
    measure = kb.measures[first.measure]
    delta = last.amount - first.amount
    direction = "rose" if delta > 0 else "fell" if delta < 0 else "was unchanged"
    amount = computed(kb, first.measure, abs(delta), first.currency)
    plain = bare(kb, first.measure, abs(delta), first.currency)
    sign = "−" if delta < 0 else ""
    lines = [f"{last.text} − {first.text} = {sign}{plain}"]
    relative = ""
    if first.amount and measure.unit != RANK_UNIT:
        percent = delta / first.amount * 100
        relative = f", {'a fall' if delta < 0 else 'a rise'} of {significant(abs(percent))}%"
        lines.append(f"{sign}{plain.split(' ')[0]} ÷ {first.text} = {sign}{significant(abs(percent))}%")
    steps = list(series) if len(series) > 2 else [first, last]
    shown = ", ".join(f"{value.text}{period_phrase(kb, value.period)}" for value in steps)
    owner = capitalised(possessive(name(kb, first.subject)))
    text = f"{owner} {measure.name}{market_phrase(kb, first.market)}: {shown}."
    if delta:
        text += f" From {first.text} to {last.text} it {direction} by {amount}{relative}."
    else:
        text += " It was unchanged."
    return _outcome(kb, text + inexact_note(steps), steps, lines, values=(delta,))


# --- entities -----------------------------------------------------------------------------------------
def members(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if len(reading.subjects) != 1 or not kb.entities[reading.subjects[0]].is_group:
        return None
    group = kb.entities[reading.subjects[0]]
    text = f"{capitalised(group.name)} {'are' if len(group.members) > 1 else 'is'}: {names(kb, group.members)}."
    if group.planned_members:
        text += f" {names(kb, group.planned_members)} plan{'s' if len(group.planned_members) == 1 else ''} to join."
    notes = " ".join(f"Note: {note.text}" for note in group.notes)
    evidence = (*group.evidence, *(item for note in group.notes for item in note.evidence))
    return Outcome(" ".join(filter(None, [text, notes])), evidence, subjects=group.members)


def count_members(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    listed = members(reading, kb)
    if listed is None:
        return None
    count = len(kb.entities[reading.subjects[0]].members)
    return Outcome(
        f"{count} members. {listed.text}", listed.evidence, values=(Decimal(count),), subjects=listed.subjects
    )


def membership(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Is X in group G: one of the two named is a group, and the answer says whether the other is in it."""
    if len(reading.subjects) != 2:
        return None
    first, second = (kb.entities[subject] for subject in reading.subjects[:2])
    group, member = (first, second) if first.is_group and not second.is_group else (second, first)
    if not group.is_group:
        return None
    inside = member.id in group.members
    planned = member.id in group.planned_members
    listed = f"{capitalised(group.name)}: {names(kb, group.members)}."
    if inside:
        text = f"{member.name} is a member of {group.name}. {listed}"
    elif planned:
        text = f"{member.name} is not a member of {group.name} yet: it plans to join. {listed}"
    else:
        text = f"{member.name} is not among the members the sources list for {group.name}. {listed}"
    notes = " ".join(f"Note: {note.text}" for note in group.notes)
    evidence = (*group.evidence, *(item for note in group.notes for item in note.evidence))
    return Outcome(" ".join(filter(None, [text, notes])), evidence, subjects=(member.id,), verdict=inside)


def describe_entity(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Who or what an entity is, in the source's words."""
    if len(reading.subjects) != 1:
        return None
    entity = kb.entities[reading.subjects[0]]
    if not entity.description:
        return None
    text = f"{capitalised(entity.name)} is {entity.description}."
    return Outcome(text, entity.evidence, subjects=(entity.id,))


def about(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if len(reading.subjects) != 1:
        return None
    from factbot.answering.profile import profile

    return profile(kb, reading.subjects[0])


def elapsed(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Time between two dated events: whole years from their years, days when both dates are exact days."""
    if len(reading.statements) != 2:
        return None
    first, second = (kb.knowledge.statements[number] for number in reading.statements)
    if first.when is None or second.when is None:
        return None
    if first.when.order > second.when.order:
        first, second = second, first
    assert first.when is not None and second.when is not None
    spans = _time_between(first.when, second.when)
    asked = next((item for item in spans if item[0] == reading.time_unit), spans[0])
    spans.sort(key=lambda item: item != asked)
    difference = f"{second.when.label} − {first.when.label}"
    lines = [f"{difference} = {_count(amount, unit)}" for unit, amount in spans]
    text = f"{_count(asked[1], asked[0])} passed between {_event(first)} and {_event(second)} ({'; '.join(lines)})."
    amounts = tuple(Decimal(amount) for _, amount in spans)
    return Outcome(text, (*first.evidence, *second.evidence), tuple(lines), amounts)


def _time_between(first: PeriodKey, second: PeriodKey) -> list[tuple[str, int]]:
    """The time from one date to a later one in each unit both dates are precise enough for: whole years
    (completed ones, when both give a day), months when both give a month, days when both give a day."""
    exact = first.kind is PeriodKind.DATE and second.kind is PeriodKind.DATE
    monthly = exact or (first.kind is PeriodKind.MONTH and second.kind is PeriodKind.MONTH)
    years = second.year - first.year
    if exact and (second.part, second.day) < (first.part, first.day):
        years -= 1  # not yet a whole year
    spans = [("year", years)]
    if monthly:
        months = (second.year - first.year) * 12 + second.part - first.part - (exact and second.day < first.day)
        spans.append(("month", months))
    if exact:
        spans.append(("day", (_day(second) - _day(first)).days))
    return spans


def _count(amount: int, unit: str) -> str:
    return f"{amount} {unit}{'' if amount == 1 else 's'}"


def _day(key: PeriodKey) -> date:
    return date(key.year, key.part, key.day)


def _event(statement: Statement) -> str:
    """An event in a phrase: its answer without the full stop, and its date."""
    assert statement.when is not None
    return f"{statement.when.label} ({statement.answer.rstrip('.')})"


def statement(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.statement is None:
        return None
    found = kb.knowledge.statements[reading.statement]
    return Outcome(found.answer, found.evidence, subjects=found.about)


EVALUATORS: dict[str, Evaluator] = {
    "lookup": lookup,
    "lookup_by_value": lookup_by_value,
    "compare": compare,
    "difference": difference,
    "ratio": ratio,
    "share": share,
    "sum": total,
    "average": average,
    "rank": rank,
    "extreme_max": extreme_max,
    "extreme_min": extreme_min,
    "change": change,
    "members": members,
    "count_members": count_members,
    "describe": describe_entity,
    "membership": membership,
    "elapsed": elapsed,
    "about": about,
    "statement": statement,
}
