"""Lints: what the records say that is legal but likely wrong, or silently breaks answers.

Totals against their parts and counts against the names listed check the source
against itself. The rest check the curation: an alias that is also a lexicon word or a
period, the same alias in two files, a sign or a qualifier that contradicts the quote,
and facts no question could tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from factbot.knowledge.figures import figures_in
from factbot.knowledge.model import Entity, Fact, Knowledge
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT, format_value
from factbot.knowledge.period_keys import PeriodKey
from factbot.knowledge.periods import find_periods
from factbot.knowledge.quantities import Direction
from factbot.knowledge.repeats import repeats
from factbot.knowledge.text import Normaliser, fold_word
from factbot.knowledge.vocabulary import periods_by_key
from factbot.verification.alias_overlaps import lint_alias_overlaps
from factbot.verification.alias_traps import lint_alias_traps
from factbot.verification.change_names import lint_change_names
from factbot.verification.findings import OK, WARNING, Finding

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\S")
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def lint_knowledge(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    yield from _lint_totals(knowledge)
    yield from _lint_counts(knowledge, normaliser)
    yield from _lint_aliases(knowledge, normaliser)
    yield from lint_alias_traps(knowledge, normaliser)
    yield from lint_alias_overlaps(knowledge, normaliser)
    yield from _lint_signs(knowledge)
    yield from lint_change_names(knowledge, normaliser)
    yield from _lint_qualifiers(knowledge)
    yield from _lint_indistinct(knowledge)
    for fact, earlier in repeats(knowledge.facts, knowledge.periods):
        message = f"repeats the figure of {earlier.id!r}: answers use one fact citing both sentences"
        yield Finding(OK, fact.origin, message)


def _lint_aliases(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """An alias that is also a cue or a period is read as that instead; one in two files is ambiguous.

    (A one-word alias that the lexicon skips, a stopword or filler, is a name in this folder: see `named_words`.)"""
    lexicon = knowledge.lexicon
    cues = {normaliser.words(cue): intent.name for intent in lexicon.intents for cue in intent.cues}
    owners: dict[tuple[str, ...], Entity] = {}
    periods = periods_by_key(knowledge.periods)
    for entity in sorted(knowledge.entities.values(), key=lambda item: item.origin):
        for alias in entity.aliases:
            words = normaliser.words(alias)
            where = entity.origin or entity.id
            if words in cues:
                yield Finding(WARNING, where, f"alias {alias!r} of {entity.id!r} is also a cue for {cues[words]!r}")
            else:
                yield from _dated_alias(alias, entity, periods, knowledge)
            owner = owners.setdefault(words, entity)
            if owner.id != entity.id:
                other = owner.origin.rpartition(":")[0]
                message = (
                    f"alias {alias!r} names {entity.id!r} here and {owner.id!r} in {other}; factbot will ask which"
                )
                yield Finding(WARNING, where, message)


def _dated_alias(
    alias: str, entity: Entity, periods: dict[PeriodKey, tuple[str, ...]], knowledge: Knowledge
) -> Iterator[Finding]:
    """An alias holding a date form ("18-19", "early 20s"): a question reads the date as the curated period it
    names, if any, and otherwise as this alias (`factbot.understanding.named_dates`). Both are said."""
    where = entity.origin or entity.id
    for found in find_periods(alias, knowledge.lexicon.calendar):
        named = periods.get(found.key)
        if named:
            message = f"alias {alias!r} of {entity.id!r} holds {found.text!r}, which questions read as period "
            yield Finding(WARNING, where, message + f"{named[0]!r}: give the entity a name without it")
        else:
            message = f"alias {alias!r} of {entity.id!r} holds {found.text!r}, a date form; no period is curated "
            yield Finding(OK, where, message + "for it, so questions read it as this alias")


def _lint_signs(knowledge: Knowledge) -> Iterator[Finding]:
    """A change's sign must agree with its quote's words ("fell" is negative); a level is never negative.
    A figure of a measure of changes (`is_change: true`) is a change however it is written."""
    for fact in knowledge.facts:
        measure = knowledge.measures.get(fact.measure)
        is_change = fact.is_change or (measure is not None and measure.is_change)
        direction = _direction_in_quote(fact, knowledge)
        if is_change and fact.value < 0 and direction is Direction.UP:
            yield Finding(WARNING, fact.origin, f"change {fact.value_text!r} is negative but the quote says it rose")
        elif fact.is_change and fact.value > 0 and direction is Direction.DOWN:
            yield Finding(WARNING, fact.origin, f"change {fact.value_text!r} is positive but the quote says it fell")
        elif not is_change and fact.value < 0:
            message = f"value {fact.value_text!r} is negative; write a fall as `change:`, a level as the source does"
            yield Finding(WARNING, fact.origin, message)


def _direction_in_quote(fact: Fact, knowledge: Knowledge) -> Direction:
    for quantity in figures_in(fact.evidence.quote, knowledge.lexicon):
        if quantity.text.endswith(fact.value_text) or fact.value_text in quantity.text:
            return quantity.direction
    return Direction.NONE


def _lint_qualifiers(knowledge: Knowledge) -> Iterator[Finding]:
    """ "over $161 million" in the quote but "$161 million" in `value`: the bound would be lost."""
    for fact in knowledge.facts:
        for quantity in figures_in(fact.evidence.quote, knowledge.lexicon):
            if fact.value_text in quantity.text and quantity.text != fact.value_text and quantity.bound != fact.bound:
                message = f"the quote says {quantity.text!r}; write the qualifier in the value ({fact.value_text!r})"
                yield Finding(WARNING, fact.origin, message)
                break


def _lint_indistinct(knowledge: Knowledge) -> Iterator[Finding]:
    """Two facts alike in subject, measure, period and market: no question can tell which one it asks for."""
    seen: dict[tuple[object, ...], Fact] = {}
    for fact in knowledge.facts:
        key = (fact.subject, fact.measure, fact.period, fact.market, fact.is_change, fact.since)
        first = seen.setdefault(key, fact)
        if first is not fact and first.value != fact.value:
            message = (
                f"{fact.id!r} and {first.id!r} share subject, measure, period and market: no question tells them apart"
            )
            yield Finding(WARNING, fact.origin, message)


def _member_facts(knowledge: Knowledge, total: Fact, group: Entity) -> list[Fact] | None:
    """One fact per member for the total's measure: same period and market, else linked by a cited sentence."""
    linked = {(evidence.source, evidence.sentence) for evidence in (total.evidence, *total.context)}
    parts = []
    for member in group.members:
        same = [fact for fact in knowledge.facts if fact.subject == member and fact.measure == total.measure]
        exact = [fact for fact in same if (fact.period, fact.market) == (total.period, total.market)]
        near = exact or [fact for fact in same if (fact.evidence.source, fact.evidence.sentence) in linked]
        if len(near) != 1:
            return None
        parts.append(near[0])
    return parts


def _lint_totals(knowledge: Knowledge) -> Iterator[Finding]:
    """A group's total should equal the sum of its members' figures, to the precision the total is written in.

    Percentages and ranks are skipped: shares of different bases and ranks do not add.
    """
    for total in knowledge.facts:
        group = knowledge.entities.get(total.subject)
        measure = knowledge.measures.get(total.measure)
        if group is None or not group.members or measure is None or measure.unit in (PERCENT_UNIT, RANK_UNIT):
            continue
        parts = _member_facts(knowledge, total, group)
        if not parts:
            continue
        added = sum((part.value for part in parts), Decimal(0))
        written = figures_in(total.value_text, knowledge.lexicon)
        tolerance = written[0].step / 2 if written else Decimal(0)
        sum_text = " + ".join(part.shown for part in parts)
        if abs(added - total.value) <= tolerance:
            yield Finding(OK, total.origin, f"{sum_text} = {total.value_text} holds ({group.name})")
        else:
            message = f"{sum_text} = {format_value(added, measure.unit)}, but the text gives {total.value_text}"
            yield Finding(WARNING, total.origin, f"total does not hold for {group.name}: {message}")


def _lint_counts(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """A count the text states ("these five automakers") should match the members it lists."""
    units = [normaliser.words(measure.unit) for measure in knowledge.measures.values()]
    aliases = [normaliser.words(alias) for measure in knowledge.measures.values() for alias in measure.aliases]
    measure_words = {word for words in units for word in words} | {words[0] for words in aliases if len(words) == 1}
    for group in knowledge.entities.values():
        if not group.members:
            continue
        cited = {(item.source, item.sentence) for item in group.evidence}
        cited |= {(item.source, item.sentence) for note in group.notes for item in note.evidence}
        allowed = {len(group.members), len(group.members) + len(group.planned_members)}
        names = ", ".join(knowledge.entities[item].name for item in group.members if item in knowledge.entities)
        for source_id, number in sorted(cited):
            source = knowledge.sources.get(source_id)
            sentence = source.sentence(number) if source else None
            if sentence is None:
                continue
            for count, phrase in _stated_counts(sentence.text, knowledge, normaliser, measure_words):
                where = f"{source_id}:{number}"
                if count in allowed:
                    yield Finding(OK, where, f"{group.name}: {phrase!r} matches the {count} members listed")
                    continue
                message = f"{group.name}: the text says {phrase!r} ({count}), but lists {len(group.members)} members"
                yield Finding(WARNING, where, f"count does not hold: {message}: {names}")


def _stated_counts(
    text: str, knowledge: Knowledge, normaliser: Normaliser, measure_words: set[str]
) -> Iterator[tuple[int, str]]:
    """Cardinal numbers standing directly before a plural noun that is not a measure's unit ("five automakers")."""
    words = [match.group() for match in _WORD.finditer(text)]
    for first, second in pairwise(words):
        read = normaliser.words(first)
        if len(read) != 1 or not read[0].isdigit() or not second[:1].isalpha():
            continue
        digits = first[:1].isdigit()
        if (digits and 1900 <= int(read[0]) <= 2100) or (not digits and first.casefold().endswith(_ORDINAL_ENDINGS)):
            continue  # a year, or an ordinal ("second"): neither counts members
        lowered = second.casefold()
        plural = lowered.endswith("s") and not lowered.endswith("'s") and fold_word(lowered) != lowered
        folded = normaliser.words(second)
        if plural and fold_word(lowered) not in knowledge.lexicon.scale_words and not set(folded) & measure_words:
            yield int(read[0]), f"{first} {second}"
