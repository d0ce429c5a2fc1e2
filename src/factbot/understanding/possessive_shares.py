"""A share asked between two possessives: "Acme's share of the group's sales" is Acme's part of the group's whole.

"share of" alone cannot be a cue of the share operation: "Japan's share of the EV market" names a measure of
share. Said after one name's possessive and before a group's possessive, "share of" sets the one's figure
against the group's, the question the share operation answers, so it is read as that operation's cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind, Word

SHARE = "share"
OF = "of"
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")


def possessive_shares(words: Sequence[Word], spans: Sequence[Span], kb: KnowledgeBase) -> list[Span]:
    """A share cue over each "share of" between a name's possessive and a group's possessive."""
    texts = [word.text for word in words]
    if SHARE not in texts:
        return []
    entities = [span for span in spans if span.kind is SpanKind.ENTITY and _possessive(words[span.last - 1])]
    owners = {span.last for span in entities}
    groups = {span.first for span in entities if any(kb.entities[target].is_group for target in span.targets)}
    found = []
    for index in range(1, len(texts) - 2):
        if texts[index] != SHARE or texts[index + 1] != OF or index not in owners:
            continue
        after = index + 2
        while after < len(texts) and texts[after] in kb.stopwords:
            after += 1
        if groups.intersection(range(index + 2, after + 1)):  # the group's name may hold its "the"
            found.append(Span(index, index + 2, SpanKind.CUE, (SHARE,)))
    return found


def _possessive(word: Word) -> bool:
    return word.surface.endswith(POSSESSIVE_ENDINGS)
