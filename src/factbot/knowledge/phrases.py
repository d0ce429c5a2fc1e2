"""The phrase table: every alias and cue, keyed by its normalised words, with what it can mean.

Questions are read by looking phrases up here (`factbot.understanding.analysis`), so a phrase
costs one dictionary look-up whatever the size of the knowledge. Loose phrases are the same
keys without their stopwords ("the fiscal year that ended March 2024").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from factbot.knowledge.degrees import degree_phrases
from factbot.knowledge.group_names import group_names
from factbot.knowledge.model import Knowledge, Period
from factbot.knowledge.periods import find_periods, read_period

ENTITY = "entity"
MEASURE = "measure"
PERIOD = "period"
CUE = "cue"

Key = tuple[str, ...]


@dataclass(frozen=True)
class Target:
    """What a phrase can mean: an entity, a measure, a period, or an intent cue."""

    kind: str
    id: str


Phrases = dict[Key, tuple[Target, ...]]


def build_phrases(
    knowledge: Knowledge, words: Callable[[str], Key], stopwords: frozenset[str], common: frozenset[str] = frozenset()
) -> tuple[Phrases, Phrases]:
    """The phrases and the loose phrases of every name, alias and cue (made group names last, so that they
    never take a curated name's place). `common` are words of general English ("hi"): no acronym in lower case."""
    table = _Table(words, stopwords)
    _add_entities(knowledge, table, common)
    for measure in knowledge.measures.values():
        for alias in (measure.name, *measure.aliases):
            table.add(words(alias), Target(MEASURE, measure.id))
    for key, measure_id in _age_questions(knowledge, words):
        table.add(key, Target(MEASURE, measure_id))
    for period in knowledge.periods.values():
        for alias in (*period.aliases, *_dated_label(period, knowledge)):
            table.add(words(alias), Target(PERIOD, period.id))
    _add_period_sets(knowledge, table)
    for intent in knowledge.lexicon.intents:
        for cue in intent.cues:
            table.add(words(cue), Target(CUE, intent.name))
    _add_group_names(knowledge, table)
    for phrase, kind, target in degree_phrases(knowledge):  # "warmer" of "warmest"
        table.add(words(phrase), Target(kind, target))
    return table.phrases, table.loose


def _age_questions(knowledge: Knowledge, words: Callable[[str], Key]) -> list[tuple[Key, str]]:
    """ "How old", "what age" (the lexicon's `age_questions`) ask for an age: they name every measure of age,
    one a name or alias of which holds an age noun ("mean age at first birth"). Several such measures make the
    question ambiguous, and it is then read as any of them, like any alias they share."""
    calendar = knowledge.lexicon.calendar_words
    nouns = frozenset(noun for text in calendar.get("age_nouns", ()) for noun in words(text))
    asks = [words(text) for text in calendar.get("age_questions", ())]
    ages = [
        measure.id
        for measure in knowledge.measures.values()
        if any(nouns & set(words(alias)) for alias in (measure.name, *measure.aliases))
    ]
    return [(key, measure_id) for measure_id in ages for key in asks]


def _add_entities(knowledge: Knowledge, table: _Table, common: frozenset[str]) -> None:
    for entity in knowledge.entities.values():
        for alias in (entity.name, *entity.aliases):
            table.add(table.words(alias), Target(ENTITY, entity.id))
        for key in _lowercase_acronyms(entity.aliases, table, common):
            table.add(key, Target(ENTITY, entity.id))


def _lowercase_acronyms(aliases: tuple[str, ...], table: _Table, common: frozenset[str]) -> list[Key]:
    """ "uk" for an alias "UK": people type acronyms in lower case. Not when the lower case is a word of its
    own ("us", "it", "or"), nor when it already names something."""
    found: list[Key] = []
    for alias in aliases:
        if not alias.replace(".", "").isupper():
            continue
        key = table.words(alias.lower())
        if len(key) == 1 and key[0] not in table.stopwords | common and key not in table.phrases:
            found.append(key)
    return found


def _dated_label(period: Period, knowledge: Knowledge) -> tuple[str, ...]:
    """A curator's label holding a date it is not ("between the 2010 census and July 1, 2011") names the period:
    read only as its dates, a question copying the label would reach other periods, or none."""
    calendar = knowledge.lexicon.calendar
    label = period.label
    if not find_periods(label, calendar) or read_period(label, calendar) is not None:
        return ()
    rest = label.partition(" ")[2]
    return (label,) if not rest or read_period(rest, calendar) is None else ()


def _add_period_sets(knowledge: Knowledge, table: _Table) -> None:
    """ "The past three years", of periods named "the first of the past three years", "the second of ...": what
    follows "of" in the aliases of several periods names them all, when it names nothing else, with or without
    its leading article."""
    sets: dict[Key, set[str]] = {}
    for period in knowledge.periods.values():
        for alias in period.aliases:
            key = table.words(alias)
            if len(key) > 3 and key[1] == "of":
                sets.setdefault(key[2:], set()).add(period.id)
                if key[2] in table.stopwords:  # "past three years" as well as "the past three years"
                    sets.setdefault(key[3:], set()).add(period.id)
    for key, ids in sorted(sets.items()):
        if len(ids) > 1 and key not in table.phrases:
            for period_id in sorted(ids, key=lambda each: (knowledge.periods[each].order, each)):
                table.add(key, Target(PERIOD, period_id))


def _add_group_names(knowledge: Knowledge, table: _Table) -> None:
    """ "The Toyota gang", "the Honda-Nissan tie-up" (`factbot.knowledge.group_names`)."""
    words = table.words
    group_words = [words(word) for word in knowledge.lexicon.group_words]
    entities = knowledge.entities
    for entity in sorted((item for item in entities.values() if item.is_group), key=lambda item: item.id):
        leader = entities.get(entity.led_by) if entity.led_by else None
        made = group_names(
            [words(alias) for alias in (entity.name, *entity.aliases)],
            [words(alias) for alias in (leader.name, *leader.aliases)] if leader else [],
            group_words,
            table.stopwords,
        )
        for key in made:
            if key not in table.phrases:
                table.add(key, Target(ENTITY, entity.id))


class _Table:
    def __init__(self, words: Callable[[str], Key], stopwords: frozenset[str]) -> None:
        self.words, self.stopwords = words, stopwords
        self.phrases: Phrases = {}
        self.loose: Phrases = {}

    def add(self, key: Key, target: Target) -> None:
        if not key:
            return
        existing = self.phrases.get(key, ())
        if target not in existing:
            self.phrases[key] = (*existing, target)
        content = tuple(word for word in key if word not in self.stopwords)
        if len(content) > 1 and target.kind != CUE and target not in self.loose.get(content, ()):
            self.loose[content] = (*self.loose.get(content, ()), target)


def names_entity(targets: tuple[Target, ...]) -> bool:
    return any(target.kind == ENTITY for target in targets)


def reach(phrases: Mapping[Key, object]) -> dict[str, int]:
    """For each first word, the length of the longest phrase it begins (how far a look-up need go)."""
    found: dict[str, int] = {}
    for key in phrases:
        if key and found.get(key[0], 0) < len(key):
            found[key[0]] = len(key)
    return found
