"""Which percent measures a share question may be asking for, by where the measure it names stands.

"What share of club members were in X?" names club members as the whole: the share is X's members over
everyone's, computed. "What share of adults in X belonged to clubs?" names something else as the whole
(adults) and club members as the part: that is the rate the sources state, which counts club members
among adults (`KnowledgeBase.rate_counting`). A share *of* the measure ("share of oil production") is
asked either way.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from factbot.knowledge.collectives import proven_wholes
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind


def share_forms(analysis: Analysis, kb: KnowledgeBase, measures: tuple[str, ...]) -> tuple[str, ...]:
    """The measures named, after the percent measures that state a share of them: those *of* each always, the
    rates counting each only when the question does not name it as the whole (`names_the_whole`)."""
    forms = [share for measure in measures for share in kb.shares_of_measure.get(measure, ())]
    forms += [
        rate
        for measure in measures
        if not names_the_whole(analysis, kb, measure)
        for rate in _rates_counting(kb).get(measure, ())
    ]
    return tuple(dict.fromkeys([*forms, *measures]))


def share_of_a_whole(analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]]) -> bool:
    """A share asked of a group or a total, whose only measure words are the share words themselves: the
    measure is the whole's (sales), not a measure called "share"."""
    share_words = kb.cue_words.get("share", frozenset()) | kb.percent_words
    measure_spans = analysis.of(SpanKind.MEASURE)
    if not measure_spans or any(analysis.words[i].text not in share_words for s in measure_spans for i in s.indexes):
        return False
    cues = {i for span in analysis.of(SpanKind.CUE) if "share" in span.targets for i in span.indexes}
    if any(span.indexes.isdisjoint(cues) for span in measure_spans):
        return False  # "their combined share": the share word names what is combined, apart from the share asked
    whole = any(kb.entities[entity].is_group for _, entity in entities)
    return whole or any("sum" in span.targets for span in analysis.of(SpanKind.CUE))


def asks_share(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Whether the question asks a share: by a share cue, or by a percent word ("what percent of ...")."""
    asked = any("share" in span.targets for span in analysis.of(SpanKind.CUE))
    return asked or any(word.text in kb.percent_words for word in analysis.words)


def names_the_whole(analysis: Analysis, kb: KnowledgeBase, measure: str) -> bool:
    """The share cue is followed by the measure's name, with nothing between but stopwords and the whole the
    document is about ("what share of all the country's club members"): the measure is what the share is of."""
    cue = [index for span in analysis.of(SpanKind.CUE) if "share" in span.targets for index in span.indexes]
    if not cue:
        return False
    named = {span.first for span in analysis.of(SpanKind.MEASURE) if measure in span.targets}
    wholes = {
        index
        for span in analysis.of(SpanKind.ENTITY)
        if set(span.targets) & proven_wholes(kb)
        for index in span.indexes
    }
    for index in range(max(cue) + 1, len(analysis.words)):
        if index in named:
            return True
        if index not in wholes and analysis.words[index].text not in kb.stopwords:
            return False
    return False


def whole_of_parts(analysis: Analysis, kb: KnowledgeBase, parts: tuple[str, ...], measure: str | None) -> str | None:
    """ "What share of club members were in X (and Y)?": the whole the parts are together a part of, when the
    question names the measure as what the share is of and the sources state no share of it for the parts (a
    share stated is looked up, not worked out): the one whole the document is about with a figure of it."""
    if measure is None or not parts or not names_the_whole(analysis, kb, measure):
        return None
    stated = kb.shares_of_measure.get(measure, ())
    if any(kb.facts_by_key.get((part, share)) for part in parts for share in stated):
        return None
    wholes = [subject for subject in kb.subjects_by_measure.get(measure, ()) if subject in proven_wholes(kb)]
    return wholes[0] if len(wholes) == 1 and wholes[0] not in parts else None


def lists_parts(analysis: Analysis, kb: KnowledgeBase, names: tuple[str, ...], measure: str | None) -> bool:
    """ "What share of coffee production was in X and Y?": the measure is named as the whole, and the subjects are
    listed as its parts, none holding another; no share of one in the other is asked (nor of one in their sum)."""
    if measure is None or len(names) < 2 or not names_the_whole(analysis, kb, measure):
        return False
    return not any(kb.entities[name].is_whole or set(kb.entities[name].members) & set(names) for name in names)


def whole_first(names: tuple[str, ...], subjects: list[tuple[Span, str]], cue: frozenset[int]) -> tuple[str, ...]:
    """The whole of a share is the subject named just after the cue ("X's sales are what percentage *of Y*'s?"),
    else the one named first ("what share of *the alliance* is Honda's?"); it goes first."""
    if len(names) != 2 or not cue:
        return names
    after = [entity for span, entity in subjects if span.first > max(cue)]
    if after and after[0] != names[0]:
        return (after[0], *(name for name in names if name != after[0]))
    return names


@lru_cache(maxsize=16)
def _rates_counting(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = defaultdict(tuple)
    for rate, part in sorted(kb.rate_counting.items()):
        found[part] = (*found[part], rate)
    return dict(found)
