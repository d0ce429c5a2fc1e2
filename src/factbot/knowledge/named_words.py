"""Words a knowledge folder uses as names, which questions must therefore not skip.

The built-in lexicon lists general words a question may drop ("information", "manufacturer"),
but a document may name a thing with one of them: an industry called "information", or
"manufacturing", which the stemmer folds with "manufacturer". A word that is by itself an
alias of an entity or a measure of this folder is a name here, so it is taken out of the
skipped-word sets of this folder's index; other folders keep skipping it. An alias written in
capitals ("US", "IT") stays skipped: it names the thing only when a question writes it in capitals too.
"""

from __future__ import annotations

from collections.abc import Callable

from factbot.knowledge.model import Knowledge


def named_words(knowledge: Knowledge, words_of: Callable[[str], tuple[str, ...]]) -> frozenset[str]:
    """The normalised words that alone are an alias (or the name) of an entity or a measure."""
    names = [text for entity in knowledge.entities.values() for text in (entity.name, *entity.aliases)]
    names += [text for measure in knowledge.measures.values() for text in (measure.name, *measure.aliases)]
    names = [text for text in names if not text.isupper()]  # "US", "U.S.": a name only in capitals (analysis)
    return frozenset(words[0] for words in map(words_of, names) if len(words) == 1)


def keyword_phrases(
    knowledge: Knowledge, words_of: Callable[[str], tuple[str, ...]], fillers: frozenset[str]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Statement keywords of several words that hold a filler ("come from", "source of the data"), by first word
    (a question looks up only its own words, however many statements there are): a curator lists such a phrase
    for a question to find the statement by it, so where a question says the whole phrase its fillers carry
    weight, and the statement explains them (`analysis`). A filler said outside such a phrase, or a one-word
    keyword, stays skipped: questions of every other kind say those words in passing."""
    phrases = (words_of(text) for statement in knowledge.statements for text in statement.keywords)
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for words in sorted({words for words in phrases if len(words) > 1 and set(words) & fillers}):
        found[words[0]] = (*found.get(words[0], ()), words)
    return found
