"""The words a reading over facts explains by its slots, worked out once per question where they can be.

One question makes a reading for each operation and each measure it may mean; most of the words they explain
are the same from one to the next. The words that do not depend on the measure (`fixed_words`) are found once
per question, those of one measure (`describing_measure`) once per question and measure, and the readings copy a
template holding the slots every reading of the question has.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from factbot.knowledge.collectives import group_named_by_members
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.understanding.analysis import Analysis, Span, SpanKind, phrase_starts
from factbot.understanding.measure_scope import closed_by_measure, named_by_measure, said_in_quotes
from factbot.understanding.operations import Operation
from factbot.understanding.reading import Reading
from factbot.understanding.recent import recent_span
from factbot.understanding.records import record_words
from factbot.understanding.scattered import scattered_alias
from factbot.understanding.slots import Slots, indexes, set_size, split_markets, stated_share
from factbot.understanding.time_units import elapsed_in_unit
from factbot.understanding.unspanned import unspanned


class Named(NamedTuple):
    """Who a question's readings of one measure are about, the same whatever their operation."""

    markets: list[tuple[Span, str]]
    """The entities the measure's figures are reported in (`split_markets`), at most one."""
    subjects: list[tuple[Span, str]]
    """The others, less those the measure's own name describes."""
    described: list[tuple[Span, str]]
    """Those the measure's name describes (`named_by_measure`: "rank among Japan's automakers")."""
    holds_left_out: bool
    """A subject holds an entity the question leaves out (a whole, a group with it as a member)."""
    names: tuple[str, ...]
    """The subjects' ids, with a set counted beyond those named (`_counted_in`), or the group its members make."""


@dataclass(frozen=True)
class Shared:
    """What one question's readings of a measure share, whatever their operation."""

    words: dict[tuple[str | None, bool, bool], frozenset[int]]
    """The words a reading's slots explain, by measure, whether what is left out is counted in, and whether
    the operation gives a percentage."""
    entities: dict[str | None, Named]
    """Who the readings of each measure are about (`named_for`)."""
    described: dict[str | None, frozenset[int]]
    """The words that describe each measure (`describing_measure`): the same whatever the operation."""
    fixed: dict[bool, frozenset[int]]
    """The words every reading explains whatever its measure (`fixed_words`), by whether what is left out is
    counted in."""
    template: Reading
    """A reading with the slots every reading of the question has: its periods, those missing, those left out,
    the figures it quotes."""


def shared_words(analysis: Analysis, slots: Slots, falling: bool = False) -> Shared:
    """Empty tables for one question's readings, and the template they are copied from."""
    template = Reading(
        operation="lookup",
        yes_no=analysis.yes_no,
        falling=falling,
        values=tuple(span.quantity for span in slots.figures if span.quantity is not None),
        periods=tuple(dict.fromkeys(period for _, period in slots.periods)),
        missing_periods=tuple(dict.fromkeys(analysis.text_of(span.indexes) for span in slots.missing_periods)),
        excluded=tuple(entity for _, entity in slots.excluded),
    )
    return Shared({}, {}, {}, {}, template)


def named_for(measure: str | None, analysis: Analysis, kb: KnowledgeBase, slots: Slots, shared: Shared) -> Named:
    """Who the question's readings of `measure` are about, worked out once per question and measure: every
    operation over the measure has the same markets, subjects and names."""
    found = shared.entities.get(measure)
    if found is None:
        markets, subjects = split_markets(slots.entities, measure, kb)
        described = named_by_measure(analysis, kb, measure, subjects)  # "rank among Japan's automakers": the field
        described += said_in_quotes(analysis, kb, measure, [item for item in subjects if item not in described])
        described += closed_by_measure(analysis, kb, measure, [item for item in subjects if item not in described])
        subjects = [item for item in subjects if item not in described]
        left_out = {entity for _, entity in slots.excluded}
        holds_left_out = bool(left_out) and any(
            kb.entities[entity].is_whole or left_out & set(kb.entities[entity].members) for _, entity in subjects
        )
        ids = tuple(dict.fromkeys(entity for _, entity in subjects))
        names = _counted_in(ids, measure, shared.template.periods, analysis, kb)
        group = group_named_by_members(kb, names, measure)
        names = (group,) if group is not None else names
        found = shared.entities[measure] = Named(markets, subjects, described, holds_left_out, names)
    return found


def _counted_in(
    names: tuple[str, ...], measure: str | None, periods: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase
) -> tuple[str, ...]:
    """ "X's part of the two companies' combined share in 2010": a set counted ("the two") beyond the subjects
    named is every subject the sources give the measure for in the periods named, when they are exactly that
    many and include those named; otherwise the names stand as they are."""
    size = set_size(analysis)
    if size is None or not names or len(names) >= size or measure is None or not periods:
        return names
    held = {fact.subject for fact in kb.facts_for(measure, periods)}
    if len(held) != size or not held >= set(names):
        return names
    return (*names, *sorted(held - set(names)))


def slot_words(
    operation: Operation,
    measure: str | None,
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: Slots,
    named: list[tuple[Span, str]],
    counted: bool,
    shared: Shared,
) -> frozenset[int]:
    """The words a reading explains by its slots: the entities it names (subjects and market), those left out
    when counted, the periods (`fixed_words`), the measure's names and what describes it (`describing_measure`),
    and the words asking for a percentage when the operation gives one."""
    fixed = shared.fixed.get(counted)
    if fixed is None:
        fixed = shared.fixed[counted] = fixed_words(analysis, kb, slots, counted)
    described = shared.described.get(measure)
    if described is None:
        described = shared.described[measure] = describing_measure(analysis, kb, slots, measure)
    explained = (indexes(span for span, _ in named) | fixed | described) - unlike_bounds(analysis, operation.name)
    if measure is not None and kb.measures[measure].unit == RANK_UNIT:
        explained |= ordinal_words(slots)  # "Is X the second largest?" of a rank
    if operation.name not in RELATIVE:
        return explained
    if measure is not None and kb.measures[measure].unit == PERCENT_UNIT:
        explained |= _point_words(analysis, kb)  # "the gap in percentage points" between two percentages
    return explained | percent_words(analysis, kb)


def fixed_words(analysis: Analysis, kb: KnowledgeBase, slots: Slots, counted: bool) -> frozenset[int]:
    """What every reading of the question explains whatever its measure and subjects: those left out when counted
    in, the periods (or, none named, the words asking for the latest), the periods no source covers, the figures
    it quotes."""
    explained = set(indexes(span for span, _ in slots.excluded) | slots.exclusion_words) if counted else set()
    explained |= indexes(span for span, _ in slots.periods)
    if not slots.periods:
        explained |= recent_span(analysis, kb)  # no period of its own: every period it has, the latest among them
    return frozenset(explained | indexes(slots.missing_periods) | indexes(_cardinal(slots.figures)))


def _cardinal(figures: tuple[Span, ...]) -> list[Span]:
    """Figures every reading accounts for; an ordinal ("the second", "the first") only readings that use a place
    explain: a set's n-th, a rank (`ordinal_words`)."""
    return [span for span in figures if span.quantity is None or not span.quantity.ordinal]


def ordinal_words(slots: Slots) -> frozenset[int]:
    return indexes([span for span in slots.figures if span.quantity is not None and span.quantity.ordinal])


RELATIVE = frozenset({"change", "difference", "ratio", "share"})
"""Operations that also give a percentage: "growth in percent", "what % drop"."""


def describing_measure(analysis: Analysis, kb: KnowledgeBase, slots: Slots, measure: str | None) -> frozenset[int]:
    """Words a reading of the measure accounts for: its names (and those of the whole it is a share of), its unit
    ("how many barrels"), "forecast" when its figures are forecasts, its alias said in pieces. The same for every
    operation over the measure, so worked out once per question and measure; "percent" is the operation's own
    (`percent_words`)."""
    if measure is None:
        return frozenset()
    whole = kb.share_of.get(measure) or kb.rate_counting.get(measure)
    found = indexes(span for span in analysis.of(SpanKind.MEASURE) if measure in span.targets or whole in span.targets)
    if not _share_of_combined(analysis, slots, measure):
        found |= stated_share(kb, measure, slots)
    unit = kb.unit_words.get(measure, frozenset())
    found |= _unit_named(analysis, unit) | elapsed_in_unit(analysis, unit)
    found |= _free_words_in(analysis, kb.measure_words.get(measure, frozenset()))
    found |= scattered_alias(analysis, kb, measure) | record_words(analysis, kb)
    found |= _in_template(analysis, kb, measure) | _in_own_name(analysis, kb, measure)
    words: frozenset[str] = frozenset()
    for basis in kb.bases_of_measure.get(measure, ()):
        words |= kb.basis_words.get(basis, frozenset())
    if not words or words.isdisjoint(analysis.text_set):
        return found
    return found | frozenset(index for index, text in enumerate(analysis.texts) if text in words)


def _share_of_combined(analysis: Analysis, slots: Slots, measure: str) -> bool:
    """ "What portion of their combined share was X's?": a share of a total asked by words that do not name the
    measure themselves (the measure has a word of its own) is a share computed, not the share the sources state."""
    cue = slots.operations.get("share", frozenset())
    if not cue or "sum" not in slots.asked or _sum_said_by_a_measure(analysis, slots):
        return False
    return not any(measure in span.targets and span.indexes & cue for span in analysis.of(SpanKind.MEASURE))


def _sum_said_by_a_measure(analysis: Analysis, slots: Slots) -> bool:
    """The sum cue's words are a measure's name too ("added" of "capacity added", "was added by X"): they say what
    is measured, not that figures are put together."""
    summed = slots.operations.get("sum", frozenset())
    measured = {index for span in analysis.of(SpanKind.MEASURE) for index in span.indexes}
    return bool(summed) and summed <= measured


@lru_cache(maxsize=256)
def _template_words(kb: KnowledgeBase, measure: str) -> frozenset[str]:
    template = kb.measures[measure].template
    return frozenset(kb.normaliser.words(template)) - kb.stopwords if template else frozenset()


def _in_template(analysis: Analysis, kb: KnowledgeBase, measure: str) -> frozenset[int]:
    """Another measure's name that the curator's own sentence for this measure uses: "widget revenue was 40% of
    total revenue" describes the share as one of widget revenue."""
    said = _template_words(kb, measure)
    if not said:
        return frozenset()
    return indexes(
        span for span, _, weighty in analysis.measure_words if measure not in span.targets and weighty <= said
    )


def unlike_bounds(analysis: Analysis, operation: str) -> frozenset[int]:
    """The bounds a yes/no question sets that a share cannot meet: "is it more than 1 million?" weighs a count,
    never a percentage, so a reading of a share leaves such a figure unexplained."""
    if operation != "share" or not analysis.yes_no:
        return frozenset()
    return frozenset(
        index
        for span in analysis.of(SpanKind.FIGURE)
        if span.quantity is not None and not (span.quantity.percent or span.quantity.points or span.quantity.is_exact)
        for index in span.indexes
    )


@lru_cache(maxsize=256)
def _name_words(kb: KnowledgeBase, measure: str) -> frozenset[str]:
    return frozenset(kb.normaliser.words(kb.measures[measure].name)) - kb.stopwords


def _in_own_name(analysis: Analysis, kb: KnowledgeBase, measure: str) -> frozenset[int]:
    """Another measure's name that this measure's own name holds, when the question names this one too: "the cost
    of the disasters" asks a cost (of a measure called "cost of disasters"), not how many disasters there were."""
    spans = analysis.measure_words
    own = [span for span, _, _ in spans if measure in span.targets and span.exact]
    if not own:
        return frozenset()
    said = _name_words(kb, measure)
    mine = frozenset().union(*(texts for span, texts, _ in spans if measure in span.targets and span.exact))
    rivals = {target for span in own for target in span.targets}
    return indexes(
        span
        for span, texts, weighty in spans
        if rivals.isdisjoint(span.targets) and weighty <= said and not mine & texts
    )  # "vehicle sales" beside "electric vehicle sales" is a rival, not what the electric ones are of


def percent_words(analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """The words asking for a percentage, which an operation that gives one (`RELATIVE`) accounts for."""
    return frozenset(index for index, word in enumerate(analysis.words) if word.text in kb.percent_words)


def _point_words(analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """The words of "percentage points", "points": what a difference or change of percentages is given in."""
    texts = analysis.texts
    return frozenset(
        index
        for words in _point_phrases(kb)
        for start in phrase_starts(texts, words)
        for index in range(start, start + len(words))
    )


@lru_cache(maxsize=16)
def _point_phrases(kb: KnowledgeBase) -> tuple[tuple[str, ...], ...]:
    """The lexicon's point phrases as words, once per knowledge base."""
    return tuple(words for words in map(kb.normaliser.words, kb.lexicon.point_words) if words)


def _free_words_in(analysis: Analysis, vocabulary: frozenset[str]) -> frozenset[int]:
    """Words outside every name of the question that the reading's measure is called by: a measure named in
    pieces ("soluble (instant) coffee did the EU import") is named all the same."""
    if vocabulary.isdisjoint(analysis.text_set):
        return frozenset()
    return frozenset(index for index, text in unspanned(analysis).weighty_outside if text in vocabulary)


def _unit_named(analysis: Analysis, unit: frozenset[str]) -> frozenset[int]:
    """The words that name a measure's unit on their own ("how many barrels"): all of "electric vehicles",
    never a word another name of the question already uses ("Tesla's vehicle sales")."""
    if not unit or not unit <= analysis.text_set:
        return frozenset()  # a unit not all in the question is not named by it
    free = unspanned(analysis)
    if not unit <= free.outside_texts:
        return frozenset()
    return frozenset(index for index, text in free.outside if text in unit)
