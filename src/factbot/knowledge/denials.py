"""Words that say "not" in themselves ("exclude" is "not include"), from the lexicon's `denying_words`.

A statement's polarity is the parity of its negations: "not", "no", "never" and such words alike. A denying word
settles a yes/no question only when the question asks it, or one of the words it denies: "The numbers exclude the
self-employed" answers "are the self-employed counted?" No and "are they excluded?" Yes, but it does not say
whether they are surveyed. So where one side says a denying word and the other says neither it nor a word it
denies, the polarity is not decided.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrase_positions import phrase_starts

Phrase = tuple[str, ...]


@lru_cache(maxsize=16)
def _denials(kb: KnowledgeBase) -> tuple[tuple[Phrase, frozenset[Phrase]], ...]:
    """Each denying word, as normalised words, with the phrases it denies; read once per knowledge base."""
    words = kb.normaliser.words
    found = [
        (words(denier), frozenset(filter(None, map(words, denied))))
        for denier, denied in sorted(kb.lexicon.denying_words.items())
    ]
    return tuple((denier, denied) for denier, denied in found if denier)


@lru_cache(maxsize=16)
def _first_words(kb: KnowledgeBase) -> frozenset[str]:
    """The first word of every denying word."""
    return frozenset(denier[0] for denier, _ in _denials(kb))


def _denying_starts(words: tuple[str, ...], kb: KnowledgeBase) -> dict[Phrase, list[int]]:
    return {denier: starts for denier, _ in _denials(kb) if (starts := phrase_starts(words, denier))}


def negates(words: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether the words say "not", by parity: a negation word or a denying word each count once, so "does not
    prevent" says the thing happens, and "not excluded" that it is counted."""
    positions = {index for index, word in enumerate(words) if word in kb.negations}
    for denier, starts in _denying_starts(words, kb).items():
        positions.update(start for start in starts if not positions & set(range(start, start + len(denier))))
    return len(positions) % 2 == 1


def denial_decided(said: tuple[str, ...], asked: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether every denying word one side says is met on the other by a word of the same sense (itself, or
    another denying what it denies: "left out" of "exclude") or by a word it denies: "exclude" against "count"
    or "excluded" is decided, against a question of neither it is not."""
    denials = _denials(kb)
    for denier, denied in denials:
        for one, other in ((said, asked), (asked, said)):
            if not phrase_starts(one, denier):
                continue
            alike = [phrase for phrase, words in denials if words & denied]
            if not any(phrase_starts(other, phrase) for phrase in (*alike, *denied)):
                return False
    return True


def denial_words(
    said: frozenset[str], pairs: frozenset[tuple[str, str]], asked: tuple[str, ...], kb: KnowledgeBase
) -> frozenset[int]:
    """The question's words that a statement saying a denying word speaks of: those of the same sense ("left out"
    of "exclude") and those it denies ("included"). The statement answers them, in the negative."""
    found: set[int] = set()
    denials = _denials(kb)
    if said.isdisjoint(_first_words(kb)):
        return frozenset()  # no denying word said: the most statements, settled with one look
    for denier, denied in denials:
        if not _stated(denier, said, pairs):
            continue
        alike = [other for other, words in denials if words & denied]
        for phrase in (*alike, *denied):
            found.update(index for start in phrase_starts(asked, phrase) for index in range(start, start + len(phrase)))
    return frozenset(found)


def _stated(phrase: Phrase, said: frozenset[str], pairs: frozenset[tuple[str, str]]) -> bool:
    """A phrase of one word among the statement's words, of more among its neighbouring pairs."""
    if len(phrase) == 1:
        return phrase[0] in said
    return all(pair in pairs for pair in itertools.pairwise(phrase))
