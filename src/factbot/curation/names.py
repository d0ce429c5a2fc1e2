"""Finding the names a text uses, for the draft's candidate entities.

A name is a run of capitalised words ("Midway-Sunset", "Acme Entertainment",
"Department of Justice"), an acronym ("FDA", "CEOs"), or a name with its abbreviation
in brackets ("European Union (EU)"), which gives two aliases of one entity. A
capitalised word that opens a sentence is a name only if the text never writes it in
lower case, so "The" and "However" are not entities but "Brazil" is. Two spellings of one
thing ("Midway North" and "Midway North Field") stay two candidates: merging them is
the curator's call, as a wrong merge is worse than a duplicate to delete.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from factbot.curation.references import OPENING_WORDS, opening_offset, reference_spans, within
from factbot.knowledge.model import Lexicon, Sentence
from factbot.knowledge.quantities import Numerals, read_quantities

_WORD = r"[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’.&-]*\w|[A-Z]\.(?=\s+[A-Z][a-z])|[A-Z]"
"""A word of a name: an initialism ("U.S."), a capitalised word, a middle initial ("Ada B. Lovelace": the
splitter ends no sentence there, so inside a sentence it is one) or a capital letter."""
_CONNECTOR = r"(?:of|for|de|du|la)"
_NAME = re.compile(rf"(?:{_WORD})(?:(?:\s+{_CONNECTOR})?\s+(?:{_WORD}))*")
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)")
_POSSESSIVE = re.compile(r"['’]s?$")
_TAG = re.compile(r"[A-Z]{1,4}")
_AFTER_NAME = re.compile(r"[A-Z][\w.'’-]*,\s+$")
_INITIALISM = re.compile(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]?\.?")


@dataclass(frozen=True)
class Mention:
    """One place a name is written: the sentence and the character span inside it."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass
class CandidateEntity:
    """A name the text uses, with every spelling seen and where each was seen."""

    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, alias: str) -> None:
        if alias.casefold() not in (known.casefold() for known in self.aliases):
            self.aliases.append(alias)


def find_names(
    sentences: Iterable[Sentence], lexicon: Lexicon, headings: Collection[int] = ()
) -> list[CandidateEntity]:
    """Every name of the text as a candidate entity, in order of first mention. Headings capitalise every
    word ("Annual Sales and Output Review"), so a name seen only in them is not one."""
    sentences = [sentence for sentence in sentences if sentence.number not in headings]
    lower_words = {word for sentence in sentences for word in re.findall(r"\b[a-z][\w'-]*", sentence.text)}
    common = lower_words | lexicon.stopwords | lexicon.fillers | set(lexicon.months) | OPENING_WORDS
    found: dict[str, CandidateEntity] = {}
    for sentence in sentences:
        for mention, abbreviation in _mentions(sentence, common, lexicon):
            key = _key(mention.text)
            entity = found.setdefault(key, CandidateEntity(mention.text))
            entity.add(mention.text)
            entity.mentions.append(mention)
            if abbreviation:
                entity.add(abbreviation)
    for entity in list(found.values()):
        for alias in entity.aliases[1:]:  # "European Union (EU)": the entity "EU" is this one
            other = found.get(_key(alias))
            if other is not None and other is not entity:
                entity.mentions.extend(other.mentions)
                del found[_key(alias)]
    texts = {sentence.number: sentence.text for sentence in sentences}
    return [entity for entity in found.values() if not _only_opens_sentences(entity, texts)]


def _mentions(sentence: Sentence, common: set[str], lexicon: Lexicon) -> Iterable[tuple[Mention, str]]:
    references = reference_spans(sentence.text)  # "(See table A-1.)": "A-1" names a table, not a thing
    opening = opening_offset(sentence.text)
    numerals = lexicon.numerals
    for match in _NAME.finditer(sentence.text):
        if within(match.start(), match.end(), references):
            continue
        words = [
            (match.start() + word.start(), match.start() + word.end()) for word in re.finditer(r"\S+", match.group())
        ]
        if (
            words
            and _opens(sentence.text, words[0][0], opening)
            and _is_common(sentence.text[slice(*words[0])], common)
        ):
            words.pop(0)  # "The", "However", "Faced": capitalised only because they open the sentence
        while words and re.fullmatch(_CONNECTOR, sentence.text[slice(*words[0])]):
            words.pop(0)
        while words and _is_common(sentence.text[slice(*words[-1])], lexicon.stopwords | set(lexicon.months)):
            words.pop()  # "Updated March 12": a date's month is no part of a name
        if not words:
            continue
        start = words[0][0]
        if _speaker_tag(sentence.text, start, words[-1][1], opening) or _postnominal(sentence.text, start, words):
            continue
        text = _head_of_compound(_clean(sentence.text[start : words[-1][1]]))
        lowered = text.casefold()
        if (
            len(text) < 2
            or lowered in lexicon.stopwords
            or lowered in lexicon.abbreviations
            or lowered in lexicon.months
            or _is_number(text, numerals)
        ):
            continue
        abbreviation = _ABBREVIATION.match(sentence.text, match.end())
        yield Mention(sentence.number, start, start + len(text), text), abbreviation.group(1) if abbreviation else ""


def _speaker_tag(text: str, start: int, end: int, opening: int) -> bool:
    """ "BH: The birth rate ...": the initials of who speaks in an interview, said before a colon."""
    return start == opening and text[end : end + 1] == ":" and _TAG.fullmatch(text[start:end]) is not None


def _postnominal(text: str, start: int, words: list[tuple[int, int]]) -> bool:
    """ "Ada B. Lovelace, Ph.D., M.P.H.": a degree written after a name and a comma, with a small letter or three
    letters or more ("Ph.D", "M.P.H."): no thing of its own. "U.S." and "D.C." after a comma stay names."""
    if len(words) != 1 or not _AFTER_NAME.search(text[:start]):
        return False
    word = text[slice(*words[0])]
    return _INITIALISM.fullmatch(word) is not None and (word.count(".") >= 3 or any(c.islower() for c in word))


def _opens(text: str, start: int, opening: int) -> bool:
    """A word that opens the sentence, a bracket ("(See table 2.)") or what follows a colon ("Updated May 3:
    Unless noted, ..."), so is capitalised for that alone."""
    return start == opening or text[max(0, start - 1) : start] in ("(", "[") or text[:start].endswith(": ")


def _is_number(text: str, numerals: Numerals) -> bool:
    """A number in words ("Forty-one", "Five") opening a sentence is a figure, not a name."""
    found = read_quantities(text, numerals)
    return len(found) == 1 and (found[0].start, found[0].end) == (0, len(text))


def _head_of_compound(text: str) -> str:
    """ "Acme-led", "EU-funded": a name joined to a lower-case word describes by the name; keep the name."""
    head, joined, tail = text.rpartition("-")
    return head if joined and head and " " not in tail and tail.islower() and tail.isalpha() else text


def _is_common(word: str, common: Collection[str]) -> bool:
    return word.casefold().strip(".,'’") in common


def _clean(text: str) -> str:
    """Drop a possessive and a full stop that ends the sentence rather than an abbreviation ("U.S." stays)."""
    text = _POSSESSIVE.sub("", text)
    if text.endswith(".") and "." not in text[:-1].split()[-1]:
        text = text[:-1]
    return text


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _only_opens_sentences(entity: CandidateEntity, texts: dict[int, str]) -> bool:
    """A single word seen only opening sentences is a name ("Acme sold...") unless it reads like an
    opener: followed by a comma ("Thus,") or shaped like a participle or adverb ("Following", "Faced")."""
    if " " in entity.name or any(
        not _opens(texts[mention.sentence], mention.start, opening_offset(texts[mention.sentence]))
        for mention in entity.mentions
    ):
        return False
    lowered = entity.name.casefold()
    followed_by_comma = any(
        texts[mention.sentence][mention.end : mention.end + 1] == "," for mention in entity.mentions
    )
    return followed_by_comma or lowered.endswith(_OPENER_ENDINGS)


_OPENER_ENDINGS = ("ing", "ed", "ly")
