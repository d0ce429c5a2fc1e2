"""A near-name of a measure: the end of a measure's name, said after another modifier than the name's own.

Where the sources have a "<modifier> <head>" measure and the question asks for an "<other word> <head>" one,
it asks for another quantity that shares the head ("a total X" where only "a general X" is curated): answering
with the curated measure, or with a statement that mentions it, answers another question. So the question's
own modifier is charged (`Analysis.charged`): no reading explains it, and the answer is unknown with what is
known nearby. Merely leaving the modifier out ("the X") still names the measure, and a modifier a statement
says with the end of the name names something the statements speak of.

The end must be two words or more and carry content of its own (a word neither harmless nor a bare rate word),
no measure may be named by those words already, and the modifier must be a word of the
question's content (no harmless word, unless it is a cue of an operation that also names a kind of quantity:
"total", "average"), not a name, period or figure of the question, nor a word of the measure's names or unit.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind

NAMING_CUES = frozenset({"sum", "average"})
"""Operations whose cue word also names a kind of quantity ("a total rate", "an average wage"): said before the
end of a name that is not the name, it is a modifier. A comparing or ranking cue ("highest") never is."""

MIN_TAIL = 2
"""The fewest words an end of a name has to be a near-name's: one word ("sales" of "widget sales") is as often
a verb or a bare noun of the question ("which shop sold the most") as the end of a name."""

Tail = tuple[tuple[str, ...], str, frozenset[str]]
"""An end of a measure's name, the modifier the name has before it, and the words of the measure's names and
unit."""


def near_name_words(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """The modifiers the question puts before the end of a measure's name in place of the name's own."""
    tails = _tails(kb)
    if not tails:
        return frozenset()
    covered = {index for span in spans if span.kind is not SpanKind.CUE for index in span.indexes}
    cues = [span for span in spans if span.kind is SpanKind.CUE]
    naming = {index for span in cues if set(span.targets) <= NAMING_CUES for index in span.indexes}
    cued = {index for span in cues for index in span.indexes} - naming
    found: set[int] = set()
    for start in range(1, len(texts)):
        for tail, own, words in tails.get(texts[start], ()):
            end, modifier = start + len(tail), start - 1
            if texts[start:end] != tail or covered & set(range(modifier, end)) or modifier in cued:
                continue
            said = texts[modifier]
            weighty = modifier in naming or said not in kb.harmless  # harmless: stopwords and fillers too
            if weighty and said != own and said not in words and not _said_together(kb, said, tail):
                found.add(modifier)
    return frozenset(found)


def _said_together(kb: KnowledgeBase, said: str, tail: tuple[str, ...]) -> bool:
    """A statement says the modifier with the end of the name: what the question names is something the sources
    speak of ("a <modifier> <head>" beside a "<other> <head>" measure), for the statements to answer."""
    with_modifier = set(kb.statements_by_word.get(said, ()))
    return any(with_modifier.intersection(kb.statements_by_word.get(word, ())) for word in tail)


@lru_cache(maxsize=16)
def _tails(kb: KnowledgeBase) -> dict[str, tuple[Tail, ...]]:
    """Each end of a measure's names that carries content, by its first word, once per knowledge base. An end
    that is itself a name of some measure is left out: said, it names that measure."""
    names = {kb.normaliser.words(text) for measure in kb.measures.values() for text in (measure.name, *measure.aliases)}
    rate_words = {word for text in kb.lexicon.rate_words for word in kb.normaliser.words(text)}
    found: dict[str, list[Tail]] = {}
    for measure in sorted(kb.measures.values(), key=lambda item: item.id):
        words = frozenset(
            word for text in (measure.name, *measure.aliases, measure.unit) for word in kb.normaliser.words(text)
        )
        for name in sorted({kb.normaliser.words(text) for text in (measure.name, *measure.aliases)}):
            for cut in range(1, len(name)):
                tail, own = name[cut:], name[cut - 1]
                content = [word for word in tail if word not in kb.harmless and word not in rate_words]
                short = len(tail) < MIN_TAIL
                if short or tail in names or not content or own in kb.harmless or tail[0] in kb.stopwords:
                    continue
                found.setdefault(tail[0], []).append((tail, own, words))
    return {first: tuple(items) for first, items in found.items()}
