"""A measure named by the words of one of its aliases scattered over the question.

"How many blue ones is Acme expected to make?" names "blue ones made" with other words
between: "make" alone also names total output, but a reading of blue output accounts for it
too, since every word of one of its aliases is in the question. A reading of total output does
not account for "blue": no alias of it is all there.

Measures set side by side (compared, or one as a share of another) are told apart here too:
a measure named only by pieces of the others' aliases is not a side, and the whole of a
share is the measure named after the words asking for it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.slots import Slots
from factbot.understanding.unspanned import unspanned


def _alias_words(kb: KnowledgeBase, measure: str) -> tuple[frozenset[str], ...]:
    """The content words of each alias of several content words (one word is a phrase match already)."""
    return _every_alias_words(kb)[measure]


@lru_cache(maxsize=16)
def _every_alias_words(kb: KnowledgeBase) -> dict[str, tuple[frozenset[str], ...]]:
    """Every measure's alias words, read once per knowledge base: a cache keyed by (knowledge, measure) held too
    few measures and read them again question after question."""
    table: dict[str, tuple[frozenset[str], ...]] = {}
    for measure, item in kb.measures.items():
        found = []
        for alias in (item.name, *item.aliases):
            words = frozenset(kb.normaliser.words(alias)) - kb.stopwords - kb.fillers
            if len(words) > 1:
                found.append(words)
        table[measure] = tuple(dict.fromkeys(found))
    return table


def scattered_alias(analysis: Analysis, kb: KnowledgeBase, measure: str) -> frozenset[int]:
    """The question words that spell out, in any order and apart, the words of one of the measure's aliases
    that its own names in the question do not say already. Words of a name, period or figure never count, nor
    a word of another measure's longer name ("revenue" of "total revenue" does not make "sales tax
    ... revenue")."""
    texts = analysis.text_set
    aliases = [words for words in _alias_words(kb, measure) if words <= texts]
    if not aliases:
        return frozenset()  # no alias has all its words in the question: none can be spelt out
    own = {index for span in analysis.of(SpanKind.MEASURE) if measure in span.targets for index in span.indexes}
    said = {analysis.words[index].text for index in own}
    gathered = unspanned(analysis)  # the words outside names, and those of no weight, gathered once per question
    free: dict[str, list[int]] = {}
    for index, text in gathered.weighty_unnamed:
        if index not in own:
            free.setdefault(text, []).append(index)
    light = gathered.light  # a word that says nothing ("billion" of "billion-dollar") need only be there
    found: set[int] = set()
    for words in aliases:
        needed = words - said - (light - free.keys())
        if needed and needed <= free.keys():
            used = {index for word in needed for index in free[word]}
            if all(_whole_or_none(analysis, span.indexes, used) for span in analysis.of(SpanKind.MEASURE)):
                found |= used
    return frozenset(found)


def _whole_or_none(analysis: Analysis, span: frozenset[int], used: set[int]) -> bool:
    """An alias takes all the weighty words of another measure's name, or none of them."""
    weighty = {index for index in span if analysis.weights[index] > 0}
    return weighty <= used or weighty.isdisjoint(used)


def without_pieces(spans: list[Span], pieces: dict[str, frozenset[int]]) -> list[Span]:
    """The measures set side by side, less one named only by words that are pieces of the others' aliases
    ("make" in "make more blue than red" is the verb of "make blue"), when two or more remain: with
    one left, the named measure is a side of its own ("what percentage of the output is red")."""
    said = frozenset().union(*pieces.values())
    kept = [span for span in spans if not span.indexes <= said - pieces[span.targets[0]]]
    return kept if len({span.targets[0] for span in kept}) >= 2 else spans


def part_and_whole(spans: list[Span], slots: Slots) -> tuple[str, ...]:
    """Two measures as (part, whole): the whole is the one named just after the words asking the share ("what
    percentage of the output is blue"); with no measure named after them, none is the whole."""
    cue = slots.operations.get("share", frozenset())
    measures = tuple(dict.fromkeys(span.targets[0] for span in spans))
    after = [span.targets[0] for span in spans if cue and span.first > max(cue)]
    if len(measures) != 2 or not after:
        return ()
    return (*(measure for measure in measures if measure != after[0]), after[0])


def narrowed_to_subject(spans: list[Span], kb: KnowledgeBase, subjects: tuple[str, ...]) -> list[Span]:
    """Measure spans narrowed to the measures the one named subject has figures for: "own" may name two
    measures, but of a subject that has figures for only one of them it names that one."""
    if len(subjects) != 1:
        return spans
    has = kb.measures_of_subject.get(subjects[0], frozenset())
    narrowed = []
    for span in spans:
        targets = tuple(target for target in span.targets if target in has)
        narrowed.append(replace(span, targets=targets) if targets and targets != span.targets else span)
    return narrowed
