"""Lints for an entity's name that overlaps a measure's words without being the same phrase.

`alias_traps` warns when an entity's alias *is* a measure's. Two near cases slip past it, and both
cost answers on a new document:

- an entity named by a relative clause around a measure's phrase ("those who worked at home" beside
  the measure alias "worked at home"): the entity is found only where a question says one of its
  aliases whole; "people who worked at home", if not an alias, reads as "people" and the measure;
- a one-word entity alias that is a word of a measure's phrase right after a list word ("sports"
  beside "leisure or sports activity"): a question saying the measure's words other than as one of
  its aliases is read up to the "or" only (a list word ends a loosely matched phrase, since "Acme
  and Bolt" are two names), and "sports" after it alone, as the entity.

Both are warnings: the records load and answer their own phrases, and the curator decides.
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.model import Entity, Knowledge, Measure
from factbot.knowledge.text import Normaliser
from factbot.verification.findings import WARNING, Finding

_OPENER_REACH = 2
"""Words a relative clause may open with: "who ..." or "those who ...", "people that ..."."""


def lint_alias_overlaps(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """Warnings for entity names that hold a measure's phrase after a relative opener, or a word of it."""
    phrases: dict[tuple[str, ...], tuple[Measure, str]] = {}
    for measure in knowledge.measures.values():
        for alias in _names(measure):
            phrases.setdefault(normaliser.words(alias), (measure, alias))
    openers = knowledge.lexicon.relative_openers
    for entity in knowledge.entities.values():
        found = _clause_finding(entity, phrases, openers, normaliser) or _word_finding(
            entity, phrases, knowledge.lexicon.list_words, normaliser
        )
        if found:
            yield Finding(WARNING, entity.origin or entity.id, found)


def _names(record: Entity | Measure) -> tuple[str, ...]:
    return tuple(dict.fromkeys((record.name, *record.aliases)))


def _clause_finding(
    entity: Entity, phrases: dict[tuple[str, ...], tuple[Measure, str]], openers: frozenset[str], normaliser: Normaliser
) -> str:
    for alias in _names(entity):
        words = normaliser.words(alias)
        for place in range(min(_OPENER_REACH, len(words) - 1)):
            held = phrases.get(words[place + 1 :]) if words[place] in openers else None
            if held is not None:
                measure, said = held
                return (
                    f"{'name' if alias == entity.name else 'alias'} {alias!r} of entity {entity.id!r} is measure "
                    f"{measure.id!r}'s phrase {said!r} after a relative opener: only questions saying one of the "
                    "entity's aliases whole find it, others read the measure; give the entity each way readers say "
                    'it ("people who ...", "those who ...", a short name of its own)'
                )
    return ""


def _word_finding(
    entity: Entity,
    phrases: dict[tuple[str, ...], tuple[Measure, str]],
    list_words: tuple[str, ...],
    normaliser: Normaliser,
) -> str:
    for alias in _names(entity):
        words = normaliser.words(alias)
        if len(words) != 1:
            continue  # a name of several words is matched whole, longest first
        holding = [phrase for phrase in phrases if _after_list_word(phrase, words[0], list_words)]
        if holding:
            measure, said = phrases[holding[0]]
            return (
                f"one-word {'name' if alias == entity.name else 'alias'} {alias!r} of entity {entity.id!r} is a "
                f"word of measure {measure.id!r}'s phrase {said!r} after a list word: a question saying the "
                "measure's words other than as one of its aliases reads the entity there; give the entity a longer "
                "phrase of its own, and the measure the phrases readers use"
            )
    return ""


def _after_list_word(phrase: tuple[str, ...], word: str, list_words: tuple[str, ...]) -> bool:
    return any(phrase[place] == word and phrase[place - 1] in list_words for place in range(1, len(phrase)))
