"""Other names of a group: its own name with another group word, and its leader's name with one.

Curators list a group's aliases as the text writes them ("the Toyota-led alliance"); readers say
"Toyota's camp", "the Toyota gang" or "the Honda-Nissan tie-up". Group words are general English
(the lexicon's `group_words`), so these names are made here rather than curated for every group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Words = tuple[str, ...]


def group_names(
    aliases: Sequence[Words], leader_aliases: Sequence[Words], group_words: Iterable[Words], stopwords: frozenset[str]
) -> list[Words]:
    """Names for a group made by swapping the group word of an alias, or by putting one after its leader's name.

    An alias that is nothing but a group word ("the alliance") makes nothing: "the gang" could be any group."""
    words = sorted(set(group_words))
    made: dict[Words, None] = {}
    for alias in aliases:
        for word in words:
            at = _find(alias, word)
            if at is None or not _named_besides(alias, at, len(word), words, stopwords):
                continue
            for other in words:
                made[(*alias[:at], *other, *alias[at + len(word) :])] = None
    for leader in leader_aliases:
        for other in words:
            made[(*leader, *other)] = None
    curated = set(aliases)
    return [name for name in made if name not in curated]


def _find(alias: Words, word: Words) -> int | None:
    for start in range(len(alias) - len(word) + 1):
        if alias[start : start + len(word)] == word:
            return start
    return None


def _named_besides(alias: Words, at: int, length: int, group_words: Sequence[Words], stopwords: frozenset[str]) -> bool:
    """Whether the alias names something besides its group word (a leader, its members)."""
    single = {word[0] for word in group_words if len(word) == 1}
    rest = (*alias[:at], *alias[at + length :])
    return any(word not in stopwords and word not in single for word in rest)
