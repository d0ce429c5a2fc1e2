"""Plans over two figures: compare, difference, ratio, share.

The two values must be alike in everything but the one thing compared (subject, period
or measure); a figure the question quotes pins which of a subject's values is meant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from factbot.answering import sets
from factbot.answering.alike import asks_how_it_moved, measure_words, moves, part_of_whole
from factbot.answering.change_pairs import compare_changes, difference_of_changes
from factbot.answering.changes import change_between
from factbot.answering.comparatives import lower_word
from factbot.answering.outcome import Outcome
from factbot.answering.part_shares import share_of_parts
from factbot.answering.period_shares import share_of_period
from factbot.answering.phrasing import (
    NOT_ADDITIVE,
    bare,
    capitalised,
    computed,
    inexact_note,
    market_phrase,
    name,
    names,
    past_be,
    period_phrase,
    possessive,
    significant,
)
from factbot.answering.plan import across_measures, outcome_of, pinned_periods, side_label
from factbot.answering.stated_gaps import stated_gap
from factbot.answering.values import Value, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import RANK_UNIT
from factbot.understanding.reading import Reading


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


def pair_of(reading: Reading, kb: KnowledgeBase) -> tuple[Value, Value] | None:
    """The two values a comparison of the reading sets side by side, in the order the question names them."""
    return _pair(reading, kb)


def _pair(reading: Reading, kb: KnowledgeBase) -> tuple[Value, Value] | None:
    """Two values alike in everything but subject (or, for one subject, but period or measure)."""
    if reading.measures:
        across = across_measures(reading, kb)
        return (across[0], across[1]) if across and len(across) == 2 else None
    if reading.measure is None or reading.missing_periods:
        return None
    periods = pinned_periods(reading, kb)
    if len(reading.subjects) == 1 and len(periods) >= 2:
        values = levels(kb, reading.subjects[0], reading.measure, periods[:2], reading.market)
        return (values[0], values[1]) if len(values) == 2 else None
    if len(reading.subjects) != 2:
        return None
    quoted = _quoted_values(reading, kb)
    if quoted is not None:
        return quoted
    moving = asks_how_it_moved(kb, reading)
    chosen = sets.one_each(kb, reading.subjects, reading.measure, reading.periods[:1], reading.market, moving)
    return (chosen[0], chosen[1]) if chosen else None


def compare(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.combined and reading.first_side and len(reading.subjects) > 2:
        return _compare_sides(reading, kb)
    pair = _pair(reading, kb)
    if pair is None:
        return None
    first, second = pair
    if first.measure != second.measure:
        return _compare_measures(kb, first, second)
    if moves(kb, first) and first.subject != second.subject:
        return compare_changes(kb, reading, first, second)
    by_period = first.subject == second.subject
    measure = kb.measures[first.measure]
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    if measure.unit == RANK_UNIT:
        higher, lower = lower, higher
    word = measure.higher_word
    if reading.lower:  # "which is lower?": the lower named first, as asked
        higher, lower, word = lower, higher, lower_word(word)
    what = f"{measure.name}{market_phrase(kb, first.market)}"
    if first.amount == second.amount:
        both = f"{capitalised(side_label(kb, first, by_period))} and {side_label(kb, second, by_period)}"
        text = f"{both} are level on {what}: {first.text}."
    elif by_period:
        text = (
            f"{capitalised(possessive(name(kb, first.subject)))} {what} was {word} "
            f"{period_phrase(kb, higher.period).strip()} ({higher.text}) than "
            f"{period_phrase(kb, lower.period).strip()} ({lower.text})."
        )
    else:
        text = (
            f"{capitalised(possessive(name(kb, higher.subject)))} {what}{period_phrase(kb, higher.period)} "
            f"{_be(measure.name, bool(higher.period))} {word} "
            f"than {possessive(name(kb, lower.subject))}: "
            f"{higher.text} against {lower.text}."
        )
    # the values in the order the question names them, so "was X lower than Y?" can be checked
    return outcome_of(kb, text + inexact_note(pair), pair, subjects=(higher.subject, lower.subject))


def _be(noun_phrase: str, past: bool) -> str:
    """ "were"/"was" in the past, "are"/"is" in the present, as the noun phrase is plural or singular."""
    plural = past_be(noun_phrase) == "were"
    return ("were" if plural else "was") if past else ("are" if plural else "is")


Sides = tuple[list[Value], tuple[list[Value], list[Value]], tuple[Decimal, Decimal], list[str], str]
"""The values, the two sides, their totals, the working and the measure as named ("vehicle sales in China")."""


def _side_totals(reading: Reading, kb: KnowledgeBase) -> Sides | None:
    """Each side's values and total, of one period ("X, Y and Z together" against "W"), with the working."""
    if reading.measure is None:
        return None
    chosen = sets.one_each(kb, reading.subjects, reading.measure, reading.periods[:1], reading.market)
    if chosen is None or not sets.additive(kb, chosen) or moves(kb, chosen[0]):
        return None
    sides = (chosen[: reading.first_side], chosen[reading.first_side :])
    first, second = (sum((value.amount for value in side), Decimal(0)) for side in sides)
    lines = [
        " + ".join(value.text for value in side) + f" = {bare(kb, reading.measure, total, side[0].currency)}"
        for side, total in zip(sides, (first, second), strict=True)
        if len(side) > 1
    ]
    measure = kb.measures[reading.measure].name + market_phrase(kb, reading.market)
    return chosen, sides, (first, second), lines, measure


def _difference_of_sides(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """ "How many more did W sell than X and Y put together?": the gap between the two sides' totals."""
    found = _side_totals(reading, kb)
    if found is None or reading.measure is None:
        return None
    chosen, sides, totals, lines, measure = found
    high, low = (0, 1) if totals[0] >= totals[1] else (1, 0)
    gap = totals[high] - totals[low]
    currency = chosen[0].currency
    lines.append(
        f"{bare(kb, reading.measure, totals[high], currency)} − {bare(kb, reading.measure, totals[low], currency)}"
        f" = {bare(kb, reading.measure, gap, currency)}"
    )
    higher = _side_phrase(kb, sides[high], measure, elided=False)
    text = (
        f"{capitalised(higher)}{period_phrase(kb, chosen[0].period)} exceeded {_side_phrase(kb, sides[low], measure)}"
        f" by {computed(kb, reading.measure, gap, currency)} ({'; '.join(lines)})."
    )
    return outcome_of(kb, text + inexact_note(chosen), chosen, lines, values=(gap,))


def _compare_sides(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """ "Do X, Y and Z together sell more than W?": each side's total, of one period, set side by side."""
    found = _side_totals(reading, kb)
    if found is None or reading.measure is None:
        return None
    chosen, sides, totals, lines, measure = found
    shown = [bare(kb, reading.measure, total, side[0].currency) for side, total in zip(sides, totals, strict=True)]
    first, second = _side_phrase(kb, sides[0], measure, elided=False), _side_phrase(kb, sides[1], measure)
    relation = (
        "are level with" if totals[0] == totals[1] else "are higher than" if totals[0] > totals[1] else "are lower than"
    )
    text = (
        f"{capitalised(first)}{period_phrase(kb, chosen[0].period)} ({shown[0]}) {relation} {second} ({shown[1]}):"
        f" {'; '.join(lines)}."
    )
    return outcome_of(kb, text + inexact_note(chosen), chosen, lines, values=totals)


def _side_phrase(kb: KnowledgeBase, side: Sequence[Value], measure: str, elided: bool = True) -> str:
    """ "the combined sales of X and Y", or one subject's: "W's sales", or just "W's" once the measure is said."""
    subjects = tuple(value.subject for value in side)
    if len(subjects) > 1:
        return f"the combined {measure} of {names(kb, subjects)}"
    return possessive(name(kb, subjects[0])) + ("" if elided else f" {measure}")


def _compare_measures(kb: KnowledgeBase, first: Value, second: Value) -> Outcome:
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    if first.subject != second.subject:  # each side its own subject and measure
        text = (
            f"{capitalised(_owned(kb, higher))}{period_phrase(kb, higher.period)} ({higher.text}) is higher than "
            f"{_owned(kb, lower)} ({lower.text})."
        )
        subjects = (higher.subject, lower.subject)
        return outcome_of(kb, text + inexact_note((first, second)), (first, second), subjects=subjects)
    owner = capitalised(possessive(name(kb, first.subject)))
    text = (
        f"{owner} {kb.measures[higher.measure].name}{period_phrase(kb, higher.period)} ({higher.text}) is higher than "
        f"its {kb.measures[lower.measure].name} ({lower.text})."
    )
    return outcome_of(kb, text + inexact_note((first, second)), (first, second), subjects=(first.subject,))


def _owned(kb: KnowledgeBase, value: Value) -> str:
    """A side named by its subject and its measure: "the nation's jobless rate"."""
    return f"{possessive(name(kb, value.subject))} {kb.measures[value.measure].name}"


def difference(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.combined and reading.first_side and len(reading.subjects) > 2:
        return _difference_of_sides(reading, kb)
    pair = _pair(reading, kb)
    if pair is None:
        return stated_gap(reading, kb)  # "how many fewer in 2016 than in 2015?": the change stated
    first, second = pair
    if moves(kb, first) and first.measure == second.measure and first.subject != second.subject:
        return difference_of_changes(kb, first, second)
    if first.subject == second.subject and first.measure == second.measure:
        # two figures of one period (a revision, two sources) are no change over time
        return change_between(kb, first, second) if first.period != second.period else None
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
    lines = [line]
    shortfall = reading.lower and first is lower and first.measure == second.measure  # "how many fewer did X sell"
    if shortfall:
        text = f"{capitalised(possessive(name(kb, lower.subject)))} {measure.name}{period_phrase(kb, lower.period)} "
        text += f"{past_be(measure.name)} {amount} less than {possessive(name(kb, higher.subject))} ({line})."
    base = higher if shortfall else lower  # "40% less" is of the higher figure, "66.7% more" of the lower
    if base.amount > 0 and gap:  # the gap relative to a figure: "10% higher" beside "0.2 points"
        relative = gap / base.amount * 100
        lines.append(f"{bare(kb, first.measure, gap, first.currency)} ÷ {base.text} = {significant(relative)}%")
        text += f" In relative terms, {significant(relative)}% {'less' if shortfall else 'more'} ({lines[-1]})."
    return outcome_of(kb, text + inexact_note(pair), pair, lines, values=(gap,))


def _ratio_of_sides(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """ "How many times as many did W sell as X and Y put together?": one side's total over the other's."""
    found = _side_totals(reading, kb)
    if found is None or reading.measure is None or 0 in found[2]:
        return None
    chosen, sides, totals, lines, measure = found
    times = totals[0] / totals[1]
    shown = [bare(kb, reading.measure, total, side[0].currency) for side, total in zip(sides, totals, strict=True)]
    lines.append(f"{shown[0]} ÷ {shown[1]} = {significant(times)}")
    text = (
        f"{capitalised(_side_phrase(kb, sides[0], measure, elided=False))}{period_phrase(kb, chosen[0].period)}"
        f" {past_be(measure)} {significant(times)} times {_side_phrase(kb, sides[1], measure)} ({'; '.join(lines)})."
    )
    return outcome_of(kb, text + inexact_note(chosen), chosen, lines, values=(times,))


def ratio(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    if reading.combined and reading.first_side and len(reading.subjects) > 2:
        return _ratio_of_sides(reading, kb)
    pair = _pair(reading, kb)
    if pair is None or pair[1].amount == 0 or pair[0].amount == 0:
        return None
    if moves(kb, pair[0]) and (pair[0].amount < 0 or pair[1].amount < 0):
        return None  # a ratio with a fall in it is no multiple of either change
    first, second = pair
    times = first.amount / second.amount
    line = f"{first.text} ÷ {second.text} = {significant(times)}"
    lines = [line]
    label_first, label_second = (side_label(kb, value, first.subject == second.subject) for value in pair)
    text = f"{capitalised(label_first)}'s figure is {significant(times)} times {label_second}'s ({line})."
    owned = first.subject != second.subject and first.measure != second.measure  # each side its own measure
    if owned:
        label_first, label_second = _owned(kb, first), _owned(kb, second)
        be = past_be(kb.measures[first.measure].name)
        text = (
            f"{capitalised(label_first)}{period_phrase(kb, first.period)} {be} {significant(times)} times "
            f"{label_second} ({line})."
        )
    elif first.subject != second.subject:
        measure = measure_words(kb, pair)
        text = (
            f"{capitalised(possessive(name(kb, first.subject)))} {measure}{period_phrase(kb, first.period)} "
            f"{past_be(measure)} "
            f"{significant(times)} times {possessive(name(kb, second.subject))} ({line})."
        )
    if times < 1:
        inverse = f"{second.text} ÷ {first.text} = {significant(1 / times)}"
        owners = (label_second, label_first) if owned else (f"{label_second}'s", f"{label_first}'s")
        text += f" Put the other way, {owners[0]} is {significant(1 / times)} times {owners[1]} ({inverse})."
        lines.append(inverse)
    return outcome_of(kb, text + inexact_note(pair), pair, lines, values=(times,))


def _combined_share(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """ "What share of Tesla and BYD's combined sales was BYD's?": the part over the sum of all named."""
    if reading.measure is None or reading.last_named not in reading.subjects:
        return None
    chosen = sets.one_each(kb, reading.subjects, reading.measure, reading.periods[:1], reading.market)
    if chosen is None or not sets.additive(kb, chosen) or moves(kb, chosen[0]):
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
    return outcome_of(kb, text + inexact_note(chosen), chosen, lines, values=(percent,))


def share(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """What share of a named whole one part is: of a group's total (never that of a subject of its members' kind
    that is none of them), or of another subject's figure."""
    other = _other_share(reading)
    if other is not None:
        return other(reading, kb)
    if reading.measure is None or len(reading.subjects) != 2:
        return None
    whole_id, part_id = sets.whole_and_part(kb, reading.subjects)
    members = kb.entities[whole_id].members
    if part_id not in members and kb.entities[part_id].kind in {kb.entities[member].kind for member in members}:
        return None  # "Acme's share of the Main Street group's sales": a shop no member of it is no part of it
    chosen = sets.one_each(kb, (part_id, whole_id), reading.measure, reading.periods[:1], reading.market)
    if chosen is None or kb.measures[reading.measure].unit in NOT_ADDITIVE or chosen[1].amount == 0:
        return None
    if moves(kb, chosen[0]):
        return None  # a change is no part of another subject's change
    part, whole = chosen
    percent, shown, line = part_of_whole(part, whole)
    measure = kb.measures[reading.measure].name
    text = (
        f"{capitalised(possessive(name(kb, part.subject)))} {measure} are {shown} of "
        f"{possessive(name(kb, whole.subject))}{period_phrase(kb, whole.period)} ({line})."
    )
    return outcome_of(kb, text + inexact_note(chosen), chosen, [line], values=(percent,))


def _other_share(reading: Reading) -> Callable[[Reading, KnowledgeBase], Outcome | None] | None:
    """The plan for a share of another shape: of a combined figure, of another measure, of a span holding one, of
    a whole the question names by its measure alone."""
    if reading.whole is not None:
        return share_of_parts
    if reading.combined:
        return _combined_share
    if reading.measures:
        return _share_of_measure
    return share_of_period if len(reading.subjects) == 1 else None


def _share_of_measure(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """One measure as a share of another of the same subject and unit: a part over its whole."""
    across = across_measures(reading, kb)
    if across is None or len(across) != 2 or across[1].amount == 0:
        return None
    part, whole = across
    percent, shown, line = part_of_whole(part, whole)
    text = (
        f"{capitalised(possessive(name(kb, part.subject)))} {kb.measures[part.measure].name} "
        f"{past_be(kb.measures[part.measure].name)} {shown} of its {kb.measures[whole.measure].name}"
        f"{period_phrase(kb, whole.period)} ({line})."
    )
    return outcome_of(kb, text + inexact_note(across), across, [line], values=(percent,))
