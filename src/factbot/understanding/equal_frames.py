"""Equality said around what is compared: "as many *union members* as", "as high *a rate* as".

The lexicon's equality cues of the form "as ... as" ("as many as", "as high as") are phrases, matched word for
word; people put the measure inside them. The frame is found with the words between as a hole, the way an alias
said around a name is (`gapped`), so the comparison reading explains the frame and the measure reads the hole.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind

EQUAL = "equal"
MAX_HOLE = 5
"""The most words said inside an "as ... as" frame: a measure's name, with its determiner ("twice as many
*widget buyers* as")."""


def equal_frames(texts: tuple[str, ...], kb: KnowledgeBase) -> list[Span]:
    """Each "as W ... as" whose "as W as" is an equality cue, with the words between as its hole."""
    frames = _frames(kb)
    found: list[Span] = []
    for index, (text, following) in enumerate(itertools.pairwise(texts)):
        if (text, following) not in frames:
            continue
        closing = next(
            (at for at in range(index + 3, index + 3 + MAX_HOLE) if at < len(texts) and texts[at] == text), None
        )
        if closing is not None:
            found.append(Span(index, closing + 1, SpanKind.CUE, (EQUAL,), hole=(index + 2, closing)))
    return found


@lru_cache(maxsize=16)
def _frames(kb: KnowledgeBase) -> frozenset[tuple[str, str]]:
    """The first two words of each three-word equality cue that opens and closes with the same word ("as")."""
    intent = next((item for item in kb.lexicon.intents if item.name == EQUAL), None)
    cues = (kb.normaliser.words(cue) for cue in (intent.cues if intent is not None else ()))
    return frozenset((words[0], words[1]) for words in cues if len(words) == 3 and words[0] == words[2])
