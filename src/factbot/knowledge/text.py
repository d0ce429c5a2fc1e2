"""Normalising text into comparable tokens.

Questions, aliases, cues and keywords all pass through the same `Normaliser`, so
"Japan's", "japans" and "JAPAN" meet as `japan`, "EVs" as `electric vehicle`,
"Honda-Nissan" as `honda nissan` and "140,000" as `140000`. Matching then only
has to compare token tuples. The word lists (abbreviations, number words) come
from the lexicon in `knowledge/`, never from this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from factbot.knowledge.model import Lexicon

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_INITIALISM = r"(?<![\w.])[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)"
"""Single letters joined by dots ("U.S.", "U.K", "e.g."): one word, read as its letters run together."""
_TOKEN = re.compile(
    _INITIALISM + r"|[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|%|(?<!\S)[+&](?!\S)|[^\W_]+(?:'[^\W_]+)*",
    re.UNICODE,
)
"""A "+" standing alone ("A + B") is the word "plus"; a sign ("+7,000") is part of its number. An "&" standing
alone ("corn & soybeans") is the word "and", as written out in the aliases; inside a name ("AT&T") it is not. An
initialism is one token, so that "U.S." and "US" are the same word (and "U" in it is no chat spelling of "you")."""
_LETTERS_THEN_DIGITS = re.compile(r"^([^\W\d_]+)([0-9]+)$", re.UNICODE)
_MAX_REMEMBERED = 200_000
_MAX_TEXTS = 20_000
"""Texts whose words `Normaliser.words` remembers at most: the quotes and names a session reads again."""


@dataclass(frozen=True)
class Token:
    """One normalised word of a text, with where it came from."""

    text: str
    surface: str
    capitalised: bool


def clean(text: str) -> str:
    """Unicode-normalise and drop control characters; keeps the text readable."""
    if text.isascii() and text.isprintable():
        return text  # NFKC, the typography table and the control filter all leave printable ASCII as it is
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)
    return "".join(char if char.isprintable() else " " for char in text)


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    """How many words `text` has once NFKC-normalised, counted at C speed (no folding, no lexicon).

    Abbreviations may still expand a word into several ("EVs" -> "electric vehicles");
    this is the bound callers use to refuse a text before doing per-word work on it.
    """
    return sum(1 for _ in _TOKEN.finditer(unicodedata.normalize("NFKC", text)))


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Lower-case a word and fold its forms to one stem (the Snowball English stemmer).

    "brands'" -> "brand", "employment" and "employed" -> "employ", "royalties" ->
    "royalti". The result need not be a word: it only has to be the same for the forms a
    question and a source use. A stemmer made for the job folds far more forms than
    hand-written suffix rules, so a curator need not list every one as an alias.

    Remembered process-wide (bounded): every knowledge base folds the same built-in lexicon
    again, and stemming it was most of the time to load a small folder.
    """
    word = word.casefold()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.replace("'", "").replace("’", "")
    return _STEMMER.stemWord(word) if word.isalpha() else word


_STEMMER = snowballstemmer.stemmer("english")
_SYMBOL_WORDS = {"%": "percent", "+": "plus", "&": "and"}
"""Symbols read as the words they stand for (a "+" or "&" only when it stands alone: see `_TOKEN`)."""


class Normaliser:
    """Turns any text into tokens the same way, following the lexicon's word lists."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._abbreviations = {key.casefold(): value for key, value in lexicon.abbreviations.items()}
        self._number_words = {key.casefold(): value for key, value in lexicon.number_words.items()}
        self._forms = {key.casefold(): value.casefold() for key, value in lexicon.word_forms.items()}
        self._case_sensitive = self._case_sensitive_pattern(lexicon.case_sensitive_abbreviations)
        self._case_sensitive_map = lexicon.case_sensitive_abbreviations
        self._expanded: dict[str, tuple[str, ...]] = {}
        """Each surface word's normalised words, remembered: knowledge and questions repeat their words."""
        self._read: dict[str, tuple[str, ...]] = {}
        """Each text's normalised words (`words`), remembered."""
        self._phrasal = self._phrasal_table(lexicon.phrasal_verbs)

    @staticmethod
    def _case_sensitive_pattern(abbreviations: dict[str, str]) -> re.Pattern[str] | None:
        if not abbreviations:
            return None
        longest_first = sorted(abbreviations, key=len, reverse=True)
        alternatives = "|".join(re.escape(key) for key in longest_first)
        return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def prepare(self, text: str) -> str:
        """The text as every reader sees it: cleaned, and case-sensitive abbreviations spelt out."""
        text = clean(text)
        if self._case_sensitive is not None:
            text = self._case_sensitive.sub(lambda match: self._case_sensitive_map[match.group()], text)
        return text

    def _phrasal_table(self, phrasal: dict[str, str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """The phrasal verbs by their verb's normalised word: (the particles' words, the verb meant)."""
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, meant in phrasal.items():
            words = [word for match in _TOKEN.finditer(clean(phrase)) for word in self._expanded_words(match.group())]
            verb = [word for match in _TOKEN.finditer(clean(meant)) for word in self._expanded_words(match.group())]
            if len(words) > 1 and len(verb) == 1:
                table.setdefault(words[0], []).append((tuple(words[1:]), verb[0]))
        return {head: tuple(sorted(found, key=lambda item: -len(item[0]))) for head, found in table.items()}

    def _phrasal_verbs(self, words: list[str]) -> list[str]:
        """The words with the verb of each phrasal verb read as the verb it means; its particles stay as they are,
        so a question and the knowledge keep their word positions and still meet word for word."""
        if not self._phrasal or self._phrasal.keys().isdisjoint(words):
            return words
        read = list(words)
        for index, word in enumerate(words):
            for particles, meant in self._phrasal.get(word, ()):
                if tuple(words[index + 1 : index + 1 + len(particles)]) == particles:
                    read[index] = meant
                    break
        return read

    def spans(self, prepared: str) -> Iterator[tuple[int, int, str, tuple[str, ...]]]:
        """(start, end, surface, words) of each token of a prepared text; an abbreviation gives several words."""
        found = [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(prepared)]
        expanded = [self._expanded_words(surface) for _, _, surface in found]
        flat = [word for words in expanded for word in words]
        read = self._phrasal_verbs(flat)
        if read is flat:  # no phrasal verb: each token's words as expanded, with no slice rebuilt per token
            for (start, end, surface), words in zip(found, expanded, strict=True):
                yield start, end, surface, words
            return
        position = 0
        for (start, end, surface), words in zip(found, expanded, strict=True):
            yield start, end, surface, tuple(read[position : position + len(words)])
            position += len(words)

    def tokens(self, text: str) -> tuple[Token, ...]:
        text = self.prepare(text)
        result: list[Token] = []
        for match in _TOKEN.finditer(text):
            surface = match.group()
            capitalised = surface[:1].isupper()
            for word in self._expanded_words(surface):
                result.append(Token(word, surface, capitalised))
        return tuple(result)

    def words(self, text: str) -> tuple[str, ...]:
        """The normalised words of `text` (the `text` of each of its `tokens`), remembered: the same quotes,
        sentences and aliases are read again question after question (yes/no checks, clause tests)."""
        known = self._read.get(text)
        if known is None:
            if len(self._read) >= _MAX_TEXTS:
                self._read.clear()  # bounded, as `_expanded` is
            known = self._read[text] = self._words(text)
        return known

    def _words(self, text: str) -> tuple[str, ...]:
        found: list[str] = []
        for match in _TOKEN.finditer(self.prepare(text)):
            found.extend(self._expanded_words(match.group()))
        return tuple(self._phrasal_verbs(found))

    def _expanded_words(self, surface: str) -> tuple[str, ...]:
        known = self._expanded.get(surface)
        if known is None:
            if len(self._expanded) >= _MAX_REMEMBERED:
                self._expanded.clear()  # bounded: a long batch of odd words cannot grow it without end
            known = self._expanded[surface] = tuple(self._expand(surface))
        return known

    def _expand(self, surface: str) -> list[str]:
        if surface in _SYMBOL_WORDS:
            return [_SYMBOL_WORDS[surface]]
        if surface[:1] in "0123456789":
            return [surface.replace(",", "")]
        lowered = surface.casefold()
        if "." in lowered:
            lowered = lowered.replace(".", "")  # an initialism: "U.S." is "US"
        if lowered in self._abbreviations:
            return [self._fold(word) for word in self._abbreviations[lowered].split()]
        split = _LETTERS_THEN_DIGITS.match(lowered)
        if split:
            return [*self._expand(split.group(1)), split.group(2)]
        return [self._fold(self._forms.get(lowered, lowered))]

    def _fold(self, word: str) -> str:
        folded = fold_word(word)
        return self._number_words.get(folded, self._number_words.get(word, folded))
