"""Periods the knowledge declares in words a date reader would split: "since 1990", "last year".

A curator declares a cumulative span as a period of its own (label and alias "since 1990"),
and a report's "last year" as the period it means. A question naming such a period names
it, not the bare year inside it ("1990") nor a year counted back from today.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.periods import FoundPeriod
from factbot.knowledge.phrases import PERIOD

_LEAD_WORDS = 3
"""How many words before a date a declared period's alias may start ("since 1990", "ever since 1990")."""


def curated_period(text: str, kb: KnowledgeBase) -> bool:
    """Whether `text` is an alias of a declared period."""
    return any(target.kind == PERIOD for target in kb.phrases.get(kb.normaliser.words(text), ()))


def outside_curated_periods(dates: Sequence[FoundPeriod], prepared: str, kb: KnowledgeBase) -> list[FoundPeriod]:
    """The dates of a question that are not the end of a declared period's alias ("1990" of "since 1990")."""
    return [found for found in dates if not _ends_an_alias(found, prepared, kb)]


def _ends_an_alias(found: FoundPeriod, prepared: str, kb: KnowledgeBase) -> bool:
    before = prepared[: found.start]
    starts = [match.start() for match in re.finditer(r"\S+", before)][-_LEAD_WORDS:]
    return any(curated_period(prepared[start : found.end], kb) for start in starts)
