"""Date forms a question uses as words of a curated name or as ages, not as periods.

"18-19" reads as the split year 2018/19 and "20s" as the 1920s, yet in "workers aged 18-19" or
"people in their early 20s" they are ages. Two signs tell them apart, and both hold only for a
date that names no period of the knowledge (so a folder that does curate the 1920s keeps them):

- the curator wrote the words around the date as an entity's or a measure's alias ("18-19",
  "workers aged 18-19", "18-19 year olds"): the name the curator chose wins;
- the date is written with two-digit years ("18-19", "20s", not "2015-16" or "the 1990s")
  right after an age word of the lexicon's calendar ("aged", "their", "early", "mid").

A dropped date leaves its words to the phrase table, where the alias finds them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factbot.knowledge.ages import is_age
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.periods import FoundPeriod
from factbot.knowledge.phrases import ENTITY, MEASURE

_AROUND_WORDS = 3
"""How many words before and after a date an alias holding it may reach ("workers aged 18-19 year olds")."""
_WORD = re.compile(r"\S+")


def dates_not_names(dates: Sequence[FoundPeriod], prepared: str, kb: KnowledgeBase) -> list[FoundPeriod]:
    """The dates of a question that are periods: not ages, nor words of a curated name, unless curated periods."""
    kept: list[FoundPeriod] = []
    age_end: int | None = None
    for found in dates:
        age = is_age(prepared, found.start, found.text, kb.lexicon, age_end)
        age_end = found.end if age else None
        if kb.periods_by_key.get(found.key) or not (age or _in_name(found, prepared, kb)):
            kept.append(found)
    return kept


def _in_name(found: FoundPeriod, prepared: str, kb: KnowledgeBase) -> bool:
    """Whether some words around the date, the date among them, are an entity's or a measure's alias."""
    starts = [match.start() for match in _WORD.finditer(prepared[: found.start])][-_AROUND_WORDS:]
    ends = [found.end + match.end() for match in _WORD.finditer(prepared[found.end :])][:_AROUND_WORDS]
    for start in (*starts, found.start):
        for end in (found.end, *ends):
            words = kb.normaliser.words(prepared[start:end])
            content = tuple(word for word in words if word not in kb.stopwords)
            targets = (*kb.phrases.get(words, ()), *kb.loose_phrases.get(content, ()))
            if any(target.kind in (ENTITY, MEASURE) for target in targets):
                return True
    return False
