"""What the knowledge's words are worth: document frequencies, known spellings, shares and period keys.

Pure functions over the loaded records, computed once when a knowledge base is built (or read
back from the cache): the index (`factbot.knowledge.index`) keeps their results, and these
functions keep the index's constructor short.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields

from factbot.knowledge.model import Knowledge, Lexicon, Measure, Period
from factbot.knowledge.period_keys import PeriodKey

Words = Callable[[str], tuple[str, ...]]
_LETTERS = re.compile(r"[^\W\d_]{3,}")


def word_documents(
    knowledge: Knowledge, statement_words: Sequence[frozenset[str]], words: Words
) -> tuple[dict[str, int], int]:
    """In how many records each word appears, and how many records there are: the rarer, the more a word says."""

    def of(text: str) -> tuple[str, ...]:
        return words(text) if text else ()

    documents: list[set[str]] = []
    for entity in knowledge.entities.values():
        documents.append({w for text in (entity.name, *entity.aliases, entity.description) for w in of(text)})
    for measure in knowledge.measures.values():
        documents.append({w for text in (measure.name, *measure.aliases) for w in of(text)})
    documents += [set(statement) for statement in statement_words]
    documents += [set(of(fact.evidence.quote)) for fact in knowledge.facts]
    frequency: dict[str, int] = defaultdict(int)
    for document in documents:
        for word in document:
            frequency[word] += 1
    return dict(frequency), max(len(documents), 2)


def lexicon_phrases(lexicon: Lexicon) -> list[str]:
    """Every word and phrase of the lexicon ("how large", "fell", "cost"): general English, known words,
    never typos to correct into a word of the text.

    Read from every field, not a hand list of fields: a list left out of a hand list ("cost" among the money
    words) was taken for a typo and "corrected" into a word of the document ("coast").
    """
    phrases: list[str] = []
    for spec in fields(Lexicon):
        phrases += _texts(getattr(lexicon, spec.name))
    phrases += [cue for intent in lexicon.intents for cue in intent.cues]
    return phrases


def _texts(value: object) -> list[str]:
    """The texts of one lexicon field: its words, a mapping's keys and text values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in (*_texts(key), *_texts(item))]
    if isinstance(value, (tuple, frozenset)):
        return [item for item in value if isinstance(item, str)]
    return []


def surface_words(knowledge: Knowledge) -> set[str]:
    """Every word as written in the knowledge and the lexicon: "producton" is corrected against these."""
    texts: list[str] = []
    for entity in knowledge.entities.values():
        texts += [entity.name, *entity.aliases]
    for measure in knowledge.measures.values():
        texts += [measure.name, *measure.aliases]
    for statement in knowledge.statements:
        texts += [statement.answer, *statement.keywords, *(evidence.quote for evidence in statement.evidence)]
    texts += [fact.evidence.quote for fact in knowledge.facts]  # a word a figure's quote says is no typo
    texts += [text for period in knowledge.periods.values() for text in (period.label, *period.aliases)]
    lexicon = knowledge.lexicon
    texts += [cue for intent in lexicon.intents for cue in intent.cues]
    texts += [*lexicon.stopwords, *lexicon.fillers, *lexicon_phrases(lexicon), *lexicon.number_words]
    return {word.casefold() for text in texts for word in _LETTERS.findall(text)}


def shares_of(
    measures: Mapping[str, Measure], words: Words, stopwords: frozenset[str], clause_words: frozenset[str] = frozenset()
) -> tuple[dict[str, str], dict[str, str]]:
    """Percent measures that are shares of another measure, from their names ("share of online widget
    sales" is a share of "online widget sales"): "what share of online sales came from Acme" finds it.
    Two maps: shares *of* the whole (its name after "of", `_share_base`), and rates that count the other measure
    as their part ("percent of adults who were members of clubs" of "club members": its whole is adults)."""
    of_whole: dict[str, str] = {}
    counting: dict[str, str] = {}
    wholes = {
        whole.id: whole_words
        for whole in measures.values()
        if whole.unit != "percent" and (whole_words := set(words(whole.name)) - stopwords)
    }
    called = {  # the whole's aliases of two words or more: "capacity added" of "generating capacity added"
        whole: [named for alias in measures[whole].aliases if len(named := set(words(alias)) - stopwords) > 1]
        for whole in wholes
    }
    for share in (measure for measure in measures.values() if measure.unit == "percent"):
        texts = [words(text) for text in (share.name, *share.aliases)]
        names = [set(text) - stopwords for text in texts]
        bases = [_share_base(text, clause_words) - stopwords for text in texts]
        strict = [whole for whole, named in wholes.items() if any(named <= base for base in bases)]
        if not strict:  # named by an alias: "share of capacity added" of "generating capacity added"
            strict = [whole for whole, aliases in called.items() if any(a == b for a in aliases for b in bases[:1])]
        loose = [whole for whole, named in wholes.items() if any(named <= name for name in names)]
        if len(strict) == 1:
            of_whole[share.id] = strict[0]
        elif len(loose) == 1:
            counting[share.id] = loose[0]
    return of_whole, counting


def _share_base(name: tuple[str, ...], clause_words: frozenset[str]) -> set[str]:
    """The words naming what a share is of: after the name's first "of", up to a clause of its own ("who were",
    "that is"), which says what the part is; the whole name when it has no "of" ("widget sales share")."""
    if "of" not in name:
        return set(name)
    after = name[name.index("of") + 1 :]
    clause = next((index for index, word in enumerate(after) if word in clause_words), len(after))
    return set(after[:clause])


def periods_by_key(periods: Mapping[str, Period]) -> dict[PeriodKey, tuple[str, ...]]:
    """Periods by the span they name, so "FY13-14" in a question finds the period "FY 2013-2014"."""
    found: dict[PeriodKey, list[str]] = defaultdict(list)
    for period in sorted(periods.values(), key=lambda item: item.id):
        for key in period.keys or ((period.key,) if period.key else ()):
            found[key].append(period.id)
    return {key: tuple(ids) for key, ids in found.items()}
