"""Reading a question into slots: entities, measures, periods, cues and numbers.

The question is normalised, typos are corrected against the knowledge's own
vocabulary, then split greedily into the longest known phrases (so "Toyota-led
alliance" wins over "Toyota", and "electric vehicles" over "vehicles"). Words
left over are sorted into harmless (stopwords, fillers) and suspicious ones (an
unknown capitalised name, a place no source covers), which the router uses to
refuse instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from factbot.knowledge.index import CUE, ENTITY, MEASURE, PERIOD, KnowledgeBase, Target
from factbot.knowledge.numbers import is_figure
from factbot.knowledge.text import Token

_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class Segment:
    """A run of question words and what it was read as (no targets: a lone word)."""

    words: tuple[str, ...]
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class Parsed:
    """Everything the router needs to know about one question."""

    text: str
    words: tuple[str, ...]
    segments: tuple[Segment, ...]
    entities: tuple[str, ...]
    measure_scores: tuple[tuple[str, float], ...]
    exclusive_measures: tuple[str, ...]
    cue_measures: tuple[str, ...]
    """Measures named only by a word that is also a cue ("rank", "largest")."""
    periods: tuple[str, ...]
    cues: tuple[tuple[str, str], ...]
    embedded_cues: tuple[tuple[str, str], ...]
    """Cues found inside a measure phrase ("total" in "total sales"): weaker, never a qualifier."""
    values: tuple[Decimal, ...]
    unknown_periods: tuple[str, ...]
    unknown_names: tuple[str, ...]
    unknown_words: tuple[str, ...]
    places: tuple[str, ...]
    other_quantities: tuple[str, ...]
    corrections: tuple[tuple[str, str], ...]
    question_word: str | None
    yes_no: bool
    has_pronoun: bool
    follow_up_opener: bool

    @property
    def content_words(self) -> tuple[str, ...]:
        return tuple(word for word in self.words if not _is_number(word))


def parse(question: str, kb: KnowledgeBase) -> Parsed:
    tokens = kb.normaliser.tokens(question)
    words, corrections, unknown_names = _corrected(tokens, kb)
    segments = _segment(words, kb)
    entities = _entities(segments, kb)
    leftovers = [segment.words[0] for segment in segments if not segment.targets]
    unknown_words = tuple(
        word
        for word in leftovers
        if word not in kb.harmless
        and not _is_number(word)
        and word not in kb.places
        and word not in kb.other_quantities
        and word not in kb.period_qualifiers
        and word != "percent"
    )
    first = next((word for word in words if word not in unknown_words), "")
    return Parsed(
        text=question,
        words=words,
        segments=segments,
        entities=entities,
        measure_scores=_measure_scores(segments, kb),
        exclusive_measures=_exclusive_measures(segments),
        cue_measures=_cue_measures(segments),
        periods=_unique(target.id for segment in segments for target in segment.targets if target.kind == PERIOD),
        cues=_cues(segments, kb),
        embedded_cues=tuple(cue for segment in segments for cue in _cues_inside(segment, kb)),
        values=_values(segments, kb),
        unknown_periods=tuple(word for word in leftovers if _YEAR.match(word) or word in kb.period_qualifiers),
        unknown_names=unknown_names,
        unknown_words=unknown_words,
        places=tuple(word for word in leftovers if word in kb.places),
        other_quantities=tuple(word for word in leftovers if word in kb.other_quantities),
        corrections=corrections,
        question_word=next((word for word in words if word in kb.question_kinds), None),
        yes_no=first in kb.yes_no_openers,
        has_pronoun=any(word in kb.pronouns for word in leftovers),
        follow_up_opener=_opens_follow_up(words, kb),
    )


def _corrected(
    tokens: tuple[Token, ...], kb: KnowledgeBase
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Fix typos; a capitalised unknown word may only be a misspelt name, else it is unknown."""
    words: list[str] = []
    corrections: list[tuple[str, str]] = []
    unknown_names: list[str] = []
    for token in tokens:
        word = token.text
        if token.is_number or word in kb.spelling or word in kb.places:
            words.append(word)
            continue
        allowed = kb.entity_words if token.capitalised and words else None  # a first word is capitalised anyway
        correction = kb.spelling.correct(word, allowed)
        if correction is not None:
            corrections.append((token.surface, correction.meant))
            words.append(correction.meant)
            continue
        if token.capitalised and word.isalpha():
            unknown_names.append(token.surface)
        words.append(word)
    return tuple(words), tuple(corrections), _unique(unknown_names)


def _segment(words: tuple[str, ...], kb: KnowledgeBase) -> tuple[Segment, ...]:
    """Greedy longest-match split: each word belongs to one phrase at most.

    A phrase also matches with extra stopwords in between ("the fiscal year *that*
    ended *in* March 2024"), but an exact match of the same length wins.
    """
    segments: list[Segment] = []
    position = 0
    while position < len(words):
        exact = _exact_match(words, position, kb)
        loose = _loose_match(words, position, kb)
        best = max((match for match in (exact, loose) if match is not None), key=lambda m: m[0], default=None)
        if best is None:
            segments.append(Segment((words[position],), ()))
            position += 1
            continue
        length, targets = best
        segments.append(Segment(words[position : position + length], targets))
        position += length
    return tuple(segments)


def _exact_match(words: tuple[str, ...], position: int, kb: KnowledgeBase) -> tuple[int, tuple[Target, ...]] | None:
    for length in range(min(kb.longest_phrase, len(words) - position), 0, -1):
        targets = kb.phrases.get(words[position : position + length])
        if targets:
            return length, targets
    return None


def _loose_match(words: tuple[str, ...], position: int, kb: KnowledgeBase) -> tuple[int, tuple[Target, ...]] | None:
    """The longest phrase whose content words follow here, stopwords skipped; needs two or more."""
    if words[position] in kb.stopwords:
        return None
    content: list[str] = []
    ends: list[int] = []
    index = position
    while index < len(words) and len(content) < kb.longest_phrase:
        if words[index] not in kb.stopwords:
            content.append(words[index])
            ends.append(index + 1)
        index += 1
    for count in range(len(content), 1, -1):
        targets = kb.loose_phrases.get(tuple(content[:count]))
        if targets:
            return ends[count - 1] - position, targets
    return None


def _entities(segments: tuple[Segment, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    """Entities in order of mention; "Toyota('s) ... alliance" reads as the group Toyota leads."""
    found: list[str] = []
    skip: set[int] = set()
    for index, segment in enumerate(segments):
        if index in skip:
            continue
        for target in segment.targets:
            if target.kind != ENTITY:
                continue
            led = kb.led_groups(target.id)
            group_word_at = _group_word_after(segments, index, kb) if led else None
            if group_word_at is not None:
                found.append(led[0].id)
                skip.add(group_word_at)
            else:
                found.append(target.id)
    return _unique(found)


def _group_word_after(segments: tuple[Segment, ...], index: int, kb: KnowledgeBase) -> int | None:
    """Index of a group word ("alliance", "camp") right after a leader's name, stopwords allowed between."""
    for position in range(index + 1, min(index + 3, len(segments))):
        words = segments[position].words
        if all(word in kb.group_words for word in words):
            return position
        if not all(word in kb.stopwords for word in words):
            return None
    return None


EMBEDDED_WEIGHT = 0.5


def _measure_scores(segments: tuple[Segment, ...], kb: KnowledgeBase) -> tuple[tuple[str, float], ...]:
    """Words credited to each measure; a measure word inside a cue ("what share of") counts half."""
    scores: dict[str, float] = {}
    for segment in segments:
        for target in segment.targets:
            if target.kind == MEASURE:
                scores[target.id] = scores.get(target.id, 0) + len(segment.words)
        if any(target.kind == CUE for target in segment.targets):
            for measure in _measures_inside(segment.words, kb):
                scores[measure] = scores.get(measure, 0) + EMBEDDED_WEIGHT
    return tuple(sorted(scores.items(), key=lambda item: (-item[1], item[0])))


def _measures_inside(words: tuple[str, ...], kb: KnowledgeBase) -> set[str]:
    found: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            if (start, end) == (0, len(words)):
                continue
            found.update(t.id for t in kb.phrases.get(words[start:end], ()) if t.kind == MEASURE)
    return found


def _cue_measures(segments: tuple[Segment, ...]) -> tuple[str, ...]:
    plain = {t.id for s in segments for t in s.targets if t.kind == MEASURE and all(o.kind != CUE for o in s.targets)}
    shared = {t.id for s in segments for t in s.targets if t.kind == MEASURE and any(o.kind == CUE for o in s.targets)}
    return tuple(sorted(shared - plain))


def _exclusive_measures(segments: tuple[Segment, ...]) -> tuple[str, ...]:
    """Measures each named outright by a phrase of their own ("EV sales", "vehicle sales").

    Two of them mean the question mixes measures ("Tesla's share of global EV sales"). At
    least one must be a phrase: single words alone ("share ... fall") describe as much as name.
    """
    phrased: list[str] = []
    single: list[str] = []
    for segment in segments:
        measures = [target.id for target in segment.targets if target.kind == MEASURE]
        if len(measures) == 1 and not any(target.kind == CUE for target in segment.targets):
            (phrased if len(segment.words) > 1 else single).append(measures[0])
    if not phrased:
        return ()  # "share ... fall": single words describe as much as they name
    return _unique([*phrased, *single])


def _cues(segments: tuple[Segment, ...], kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """Intent cues in order; a cue word inside a measure phrase ("total sales") counts too."""
    cues: list[tuple[str, str]] = []
    for segment in segments:
        own = [(target.id, " ".join(segment.words)) for target in segment.targets if target.kind == CUE]
        cues.extend(own or _cues_inside(segment, kb))
    return tuple(cues)


def _cues_inside(segment: Segment, kb: KnowledgeBase) -> list[tuple[str, str]]:
    if not any(target.kind == MEASURE for target in segment.targets):
        return []
    words = segment.words
    found: list[tuple[str, str]] = []
    for start in range(len(words)):
        for end in range(start + 1, len(words)):
            span = words[start:end] if (start, end) != (0, len(words)) else ()
            found.extend((t.id, " ".join(span)) for t in kb.phrases.get(span, ()) if t.kind == CUE)
    return found


def _values(segments: tuple[Segment, ...], kb: KnowledgeBase) -> tuple[Decimal, ...]:
    """Numbers the user quotes ("from 17.0%"), scaled by a following word; years excluded."""
    values = []
    words = [segment.words[0] if not segment.targets else "" for segment in segments]
    for index, word in enumerate(words):
        if not word or not _is_number(word) or _YEAR.match(word):
            continue
        value = Decimal(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        scale = kb.lexicon.scale_words.get(following)
        values.append(value * scale if scale is not None else value)
    return tuple(values)


def _opens_follow_up(words: tuple[str, ...], kb: KnowledgeBase) -> bool:
    for opener in kb.lexicon.follow_up_openers:
        opener_words = kb.normaliser.words(opener)
        if opener_words and words[: len(opener_words)] == opener_words:
            return True
    return False


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Keep the first mention of each item, in order."""
    return tuple(dict.fromkeys(items))


def _is_number(word: str) -> bool:
    return is_figure(word)
