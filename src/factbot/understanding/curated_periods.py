"""Periods the knowledge declares in words a date reader would split: "since 1990", "last year".

A curator declares a cumulative span as a period of its own (label and alias "since 1990"),
and a report's "last year" as the period it means. A question naming such a period names
it, not the bare year inside it ("1990") nor a year counted back from today.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.periods import FoundPeriod
from factbot.knowledge.phrases import PERIOD, Target

_LEAD_WORDS = 3
"""How many words before a date a declared period's alias may start ("since 1990", "ever since 1990")."""
_TRAIL_WORDS = 6
"""How many words after a date a declared period's alias may go on ("the 2010 census", "2010 and July 1, 2011")."""


def curated_period(text: str, kb: KnowledgeBase) -> bool:
    """Whether `text` is an alias of a declared period."""
    return _is_period(kb.phrases.get(kb.normaliser.words(text), ()))


def _is_period(targets: tuple[Target, ...]) -> bool:
    return any(target.kind == PERIOD for target in targets)


def _holds_alias(words: tuple[str, ...], own: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether the words around a date (`own`) are a declared period's alias: as written, with more words than
    the date ("since 1990"), or without their function words, with more content words ("after 2010 census" of
    "since the 2010 census")."""
    exact_heads, loose_heads = _alias_heads(kb)
    if words and words[0] in exact_heads and len(words) > len(own) and _is_period(kb.phrases.get(words, ())):
        return True
    stopwords = kb.stopwords
    for first in words:  # the first content word (a loop: no generator made for each of a dozen runs of words)
        if first not in stopwords:
            break
    else:
        return False  # function words only: no alias without its function words is empty
    if first not in loose_heads:
        return False  # no alias without its function words begins with it
    content = tuple(word for word in words if word not in kb.stopwords)
    own_content = [word for word in own if word not in kb.stopwords]
    return len(content) > max(1, len(own_content)) and _is_period(kb.loose_phrases.get(content, ()))


@lru_cache(maxsize=8)
def _alias_heads(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the period aliases, as written and without their function words: the words around a
    date are looked up as an alias only when they begin with one (a date sits inside a dozen runs of words)."""
    heads = (
        frozenset(key[0] for key, targets in table.items() if key and _is_period(targets))
        for table in (kb.phrases, kb.loose_phrases)
    )
    return next(heads), next(heads)


@lru_cache(maxsize=8)
def _words_of_long_aliases(kb: KnowledgeBase) -> frozenset[str]:
    """Every word of a period alias of two words or more: a date none of whose words is one is in no alias."""
    keys = [*kb.phrases.items(), *kb.loose_phrases.items()]
    return frozenset(word for key, targets in keys if len(key) > 1 and _is_period(targets) for word in key)


def outside_curated_periods(dates: Sequence[FoundPeriod], prepared: str, kb: KnowledgeBase) -> list[FoundPeriod]:
    """The dates of a question that are not inside a declared period's alias ("1990" of "since 1990", "2010" of
    "since the 2010 census"), nor another date inside the same alias ("July 1, 2011" of "between the 2010 census
    and July 1, 2011")."""
    aliases = [span for found in dates if (span := _alias_around(found, prepared, kb)) is not None]
    return [found for found in dates if not any(start <= found.start and found.end <= end for start, end in aliases)]


def _alias_around(found: FoundPeriod, prepared: str, kb: KnowledgeBase) -> tuple[int, int] | None:
    """The longest declared period alias of the question holding the date, as characters, or None."""
    own = kb.normaliser.words(found.text)
    if not set(own) & _words_of_long_aliases(kb):
        return None
    starts = [match.start() for match in _WORD.finditer(prepared[: found.start])][-_LEAD_WORDS:]
    ends = [found.end + match.end() for match in _WORD.finditer(prepared[found.end :])][:_TRAIL_WORDS]
    spans = [(start, end) for start in starts for end in (found.end, *ends)]
    spans += [(found.start, end) for end in ends]
    words = kb.normaliser.words
    held = [(start, end) for start, end in spans if _holds_alias(words(prepared[start:end]), own, kb)]
    return max(held, key=lambda span: span[1] - span[0], default=None)


_WORD = re.compile(r"\S+")
