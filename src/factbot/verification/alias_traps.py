"""Lints for aliases that are legal but silently take questions away from the record they mean.

Questions are read by looking their words up in one phrase table of every name and alias,
folded to stems (`factbot.knowledge.phrases`). Two traps follow, and neither fails a load:

- an entity whose name or alias folds to the same words as a measure's name or alias (an
  entity "widget buyers" beside the measure "number of widget buyers" aliased "widget
  buyers"): the phrase then reads as the entity, and a question asking for the measure
  finds no measure. An entity's `name` is an alias too, so it is checked alike;
- a one-word alias whose word the sources also use about other things (an alias
  "widgetization" folds to "widget", which most sentences of a widget report hold): every
  question using that word is read as this record, whatever it asks;
- an alias of several words holding a cue of a comparison or a superlative ("more widgets",
  "largest regions"): a question comparing or ranking by those words ("which had more widgets",
  "which region was largest") is read as this record, and the cue is spent on its name.
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.model import Entity, Knowledge, Measure
from factbot.knowledge.numbers import RANK_UNIT
from factbot.knowledge.text import Normaliser, fold_word
from factbot.verification.findings import WARNING, Finding

_STRAY_SENTENCES = 3
"""Sentences using a one-word alias's word without a figure or statement of its record, from which on the word is
too common to name the record: one or two are a passing mention, three are a habit of the text."""


def lint_alias_traps(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """Warnings for both traps: aliases that load, yet take questions from the records they are meant for."""
    yield from _entity_reads_as_measure(knowledge, normaliser)
    yield from _common_one_word_aliases(knowledge, normaliser)
    yield from _aliases_holding_cues(knowledge, normaliser)


def _names(record: Entity | Measure) -> tuple[str, ...]:
    """The name first, then the aliases: the phrase table reads them all."""
    return tuple(dict.fromkeys((record.name, *record.aliases)))


def _entity_reads_as_measure(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """An entity's name or alias that reads like a measure's: the question's phrase goes to one of them only."""
    measures: dict[tuple[str, ...], Measure] = {}
    for each in knowledge.measures.values():
        for alias in _names(each):
            measures.setdefault(normaliser.words(alias), each)
    for entity in knowledge.entities.values():
        for alias in _names(entity):
            measure = measures.get(normaliser.words(alias))
            if measure is None:
                continue
            role = "name" if alias == entity.name else "alias"
            message = (
                f"{role} {alias!r} of entity {entity.id!r} reads like a name of measure {measure.id!r}; "
                f"questions asking for {measure.name!r} would find the entity instead: rename the entity "
                "(its name is an alias too) or give it a longer phrase"
            )
            yield Finding(WARNING, entity.origin or entity.id, message)
            break


def _contains(phrase: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(phrase[index : index + size] == part for index in range(len(phrase) - size + 1))


_DERIVED = 4
"""Letters a word must add to another to be a derivation of it ("widget" -> "widgetization", "employ" ->
"employment"), not one of its inflections ("imports", "exporter") or a spelling of the same root."""
_COMMON = 2
"""Other records whose names use the word, from which on it is a common word of the document's questions."""


def _derived_from(alias: str, word: str) -> bool:
    """Whether the alias is the word plus a derivational suffix ("widgetization" of "widget"): the stemmer folds
    them alike, although a question using the word need not mean the alias."""
    return alias.startswith(word) and len(alias) - len(word) >= _DERIVED


def _surface_words(texts: tuple[str, ...], stem: str) -> set[str]:
    return {word.casefold() for text in texts for word in text.split() if fold_word(word.strip(",.()")) == stem}


def _common_one_word_aliases(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """A one-word alias whose stem other records' names hold as a different word ("widgetization" folds to the
    "widget" of "widget buyers"): every question using that word about those is read as this record.

    A longer name that holds one of this record's own longer aliases ("widget sales rates" inside "regions
    with widget sales rates below average") uses the word about this record, so it does not count; nor does
    a record with the same one-word alias (factbot then asks which of them is meant)."""
    records: list[Entity | Measure] = [*knowledge.measures.values(), *knowledge.entities.values()]
    phrases = {record.id: [normaliser.words(alias) for alias in _names(record)] for record in records}
    for record in records:
        own = [words for words in phrases[record.id] if len(words) > 1]
        singles = {words for words in phrases[record.id] if len(words) == 1}
        for alias in record.aliases:
            words = normaliser.words(alias)
            if len(words) != 1 or alias.isupper() or " " in alias.strip():  # "US" is a name only in capitals
                continue
            others = {
                other.id: other
                for other in records
                if other.id != record.id and not singles & set(phrases[other.id])
                for phrase in phrases[other.id]
                if len(phrase) > 1 and words[0] in phrase and not any(_contains(phrase, item) for item in own)
            }
            spelled = alias.casefold()
            unlike = sorted(
                other_id
                for other_id, other in others.items()
                if any(_derived_from(spelled, word) for word in _surface_words(_names(other), words[0]))
            )
            if len(unlike) >= _COMMON:
                message = (
                    f"one-word alias {alias!r} of {record.id!r} folds to {words[0]!r}, a shorter word the names of "
                    f"{', '.join(unlike)} use too: a question using that word about them is read as "
                    f"{record.id!r}; use a phrase of two words or more"
                )
                yield Finding(WARNING, getattr(record, "origin", "") or record.id, message)


CAPTURING_SHAPES = ("compare", "extreme_max", "extreme_min")
"""Question shapes whose cue inside a longer alias takes their questions: a comparison, a superlative."""


def _aliases_holding_cues(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """An alias of a measure or a group, two words or more, holding a comparison or superlative cue ("more
    widgets", "largest regions"): a question with that cue ("which had more widgets, A or B?", "which region was
    largest?") reads the alias, and the comparison or rank it asks is lost.

    A measure's own `name` may hold a cue (the figures are themselves the largest, say), a rank is named by its
    superlative ("largest automaker"), a cue joined to a name by a hyphen or followed by "by" is part of it
    ("Toyota-led", "led by Toyota"), and an entity
    that is no group is named, not ranked ("Lower 48"): none is warned of. An alias that is only a cue is
    `lints`'."""
    cues = {
        normaliser.words(cue): intent.name
        for intent in knowledge.lexicon.intents
        if intent.name in CAPTURING_SHAPES
        for cue in intent.cues
    }
    records: list[Entity | Measure] = [*knowledge.entities.values(), *knowledge.measures.values()]
    for record in records:
        if isinstance(record, Entity):
            kind, names = "group", _names(record) if record.members and not record.is_whole else ()
        elif record.unit != RANK_UNIT:
            kind, names = "measure", tuple(alias for alias in record.aliases if alias != record.name)
        else:
            continue
        held = {alias: _held_cue(normaliser.words(_unhyphenated(alias)), cues) for alias in names}
        found = {alias: cue for alias, cue in held.items() if cue}
        if found:
            listed = ", ".join(f"{alias!r} ({' '.join(cue)!r})" for alias, cue in found.items())
            message = (
                f"{kind} {record.id!r} has aliases holding a comparison or superlative cue: {listed}; questions "
                "comparing or ranking with those words may be read as this record instead: keep such an alias "
                "only where readers name the record so (a group named by its rank), else drop it or its cue word"
            )
            yield Finding(WARNING, getattr(record, "origin", "") or record.id, message)


def _unhyphenated(alias: str) -> str:
    """The alias without its hyphenated compounds: a cue inside one ("Toyota-led") is read with its name."""
    return " ".join(piece for piece in alias.split() if "-" not in piece.strip("-"))


AGENT = "by"
"""The word after a participle naming who does it ("the group led by Toyota"): the cue is part of the name."""


def _held_cue(words: tuple[str, ...], cues: dict[tuple[str, ...], str]) -> tuple[str, ...]:
    """The longest cue inside a longer alias, or () when it holds none; a cue followed by "by" names an agent."""
    held = [cue for cue in cues if cue and len(words) > len(cue) and _holds_as_cue(words, cue)]
    return max(held, key=len) if held else ()


def _holds_as_cue(phrase: tuple[str, ...], cue: tuple[str, ...]) -> bool:
    size = len(cue)
    return any(
        phrase[index : index + size] == cue and phrase[index + size : index + size + 1] != (AGENT,)
        for index in range(len(phrase) - size + 1)
    )
