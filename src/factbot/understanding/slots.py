"""Slots: what the question itself names, before any reading picks from it.

Entities (and those excluded: "other than Honda"), measures, periods (relative ones
resolved against a period named, a figure quoted, or the conversation), figures and the
operations its cue words ask for. Readings are filled from these in `fact_readings`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import CUE
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.change_spans import one_change
from factbot.understanding.context import Context
from factbot.understanding.dated_years import dated_year
from factbot.understanding.event_periods import event_periods
from factbot.understanding.excluded_lists import listed_after_excluded
from factbot.understanding.exclusions import after, after_exclusion, exclusion_words
from factbot.understanding.frozen import quick_init
from factbot.understanding.listed_names import listed_names
from factbot.understanding.operations import BY_CUE, Operation
from factbot.understanding.pointed_reporters import only_reports, pointed_reporter
from factbot.understanding.rest_of_group import with_the_rest
from factbot.understanding.share_forms import asks_share, share_forms, share_of_a_whole
from factbot.understanding.unit_measures import measure_by_unit
from factbot.understanding.year_parts import only_part_of_year

MAX_ALTERNATIVES = 6
"""A span naming several entities (one alias in two sources) gives at most this many readings."""


@quick_init
@dataclass(frozen=True)
class Slots:
    """What the question itself names, before any reading picks from it."""

    entities: tuple[tuple[Span, str], ...]
    excluded: tuple[tuple[Span, str], ...]
    measures: tuple[str, ...]
    periods: tuple[tuple[Span, str], ...]
    missing_periods: tuple[Span, ...]
    figures: tuple[Span, ...]
    operations: dict[str, frozenset[int]]
    asked: frozenset[str] = frozenset()
    """Operations a cue of their own asks for (not a cue word inside a longer phrase: "total" in "total sales")."""
    implied: bool = True
    """A measure one subject has may name that subject; not when a pronoun points back into the conversation."""
    exclusion_words: frozenset[int] = frozenset()
    """The words that take entities out of the set ("without", "except")."""
    reporters: tuple[tuple[Span, str], ...] = ()
    """Entities named as the source of a figure ("according to the regulator"), not as what it is about."""


def slots_of(analysis: Analysis, kb: KnowledgeBase, context: Context | None) -> Slots:
    entities, excluded = _entities(analysis, kb)
    measures = tuple(
        dict.fromkeys(target for span in analysis.of(SpanKind.MEASURE) for target in _meant(span, analysis, kb))
    )
    reporters = [
        (span, entity)
        for span, entity in entities
        if after(analysis, span, kb.attribution_phrases) or only_reports(kb, entity, measures)
    ]
    reporters += [item for item in _reporting(analysis, kb, entities) if item not in reporters]
    pointed = pointed_reporter(analysis, kb, context, measures)  # "what did she say": she said it
    reporters += [pointed] if pointed is not None else []
    reporting = {item[0].first for item in reporters}
    entities = [
        item for item in entities if item[0].first not in reporting or after(analysis, item[0], _cue_attributions(kb))
    ]
    entities, measures = listed_names(analysis, kb, entities, measures)  # "export, ethanol and livestock feed"
    entities = with_the_rest(analysis, kb, entities)  # "Acme, Bolt and the other widget makers": the group
    measures = measures or measure_by_unit(analysis, kb, entities)  # "how many people are in X?"
    if share_of_a_whole(analysis, kb, entities):  # "what percentage of the alliance total": not market share
        measures = ()
    elif asks_share(analysis, kb):  # "what share of EU green imports...": the share measure of that whole
        measures = share_forms(analysis, kb, measures)
    periods, missing = _periods(analysis, kb, context, entities, measures)
    clauses = {index for span, _ in periods if span.kind is SpanKind.RELATIVE for index in span.indexes}
    entities = [item for item in entities if not item[0].indexes <= clauses]  # "when it took over Bolt": a time
    entities += _place_pointed_at(analysis, kb, context, entities)
    operations, asked = _operations(analysis, kb)
    points_back = analysis.pronoun and context is not None and context.referents and pointed is None
    return Slots(
        tuple(entities), tuple(excluded), measures, tuple(periods), tuple(missing),
        analysis.of(SpanKind.FIGURE), operations, frozenset(asked), implied=not points_back,
        reporters=tuple(reporters), exclusion_words=exclusion_words(analysis, kb, excluded),
    )  # fmt: skip


def _place_pointed_at(
    analysis: Analysis, kb: KnowledgeBase, context: Context | None, entities: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """ "How did Acme's sales there do?": "there" names the market the conversation was last about. Not in "is
    there", "there were": beside a form of "be" it says that something exists, not where."""
    market = context.last.market if context is not None and context.last is not None else None
    if market is None or any(entity in kb.market_ids for _, entity in entities):
        return []
    words = [word.text for word in analysis.words]
    for index, word in enumerate(words):
        beside = set(words[max(index - 1, 0) : index]) | set(words[index + 1 : index + 2])
        if word in kb.place_pronouns and not beside & kb.existence_words:
            return [(Span(index, index + 1, SpanKind.ENTITY, (market,)), market)]
    return []


def _meant(span: Span, analysis: Analysis, kb: KnowledgeBase) -> tuple[str, ...]:
    """The measures a word names, less the percentages when it names an amount too and the question asks how
    much without asking a share ("how much were they billed": the bills, not their share of all taxes)."""
    percent = [target for target in span.targets if kb.measures[target].unit == "percent"]
    if not percent or len(percent) == len(span.targets) or not analysis.asks_amount or asks_share(analysis, kb):
        return span.targets
    return tuple(target for target in span.targets if target not in percent)


def _reporting(analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "Did X put Y's share above 20%?", "X estimated Y's sales at ...": an entity just before a reporting verb,
    with another named after the verb, reported the figure; its span takes in the verb, which it explains."""
    found: list[tuple[Span, str]] = []
    for span, entity in entities:
        verb = span.last
        if verb >= len(analysis.words) or analysis.words[verb].text not in kb.reporting_verbs:
            continue
        if any(other.first > verb and other_entity != entity for other, other_entity in entities):
            found.append((Span(span.first, verb + 1, span.kind, span.targets, span.exact), entity))
    return found


def _cue_attributions(kb: KnowledgeBase) -> tuple[tuple[str, ...], ...]:
    """Attribution phrases that are also operation cues ("per": "per the regulator" or "sellers per buyer"): an
    entity after one may be the source of a figure or a subject, so it stays a subject too and readings decide."""
    return tuple(phrase for phrase in kb.attribution_phrases if any(t.kind == CUE for t in kb.phrases.get(phrase, ())))


SET_DETERMINERS = frozenset({"the", "all", "these", "those"})
MAX_SET_SIZE = 20


def set_size(analysis: Analysis) -> int | None:
    """A small whole count right after "the", "all", "these" or "those" counts the set ("rank all four").

    A figure of money, a percentage, a scaled amount or an ordinal states a value, never a count of subjects."""
    for span in analysis.of(SpanKind.FIGURE):
        quantity = span.quantity
        if quantity is None or span.first == 0 or analysis.words[span.first - 1].text not in SET_DETERMINERS:
            continue
        plain = not (quantity.percent or quantity.currency or quantity.ordinal or quantity.attributive)
        if (
            plain
            and quantity.scale == 1
            and quantity.value == int(quantity.value)
            and 2 <= quantity.value <= MAX_SET_SIZE
        ):
            return int(quantity.value)
    return None


def _entities(analysis: Analysis, kb: KnowledgeBase) -> tuple[list[tuple[Span, str]], list[tuple[Span, str]]]:
    """The entities named, and those taken out of the set ("other than Honda")."""
    entities: list[tuple[Span, str]] = []
    excluded: list[tuple[Span, str]] = []
    previous: Span | None = None
    for span in analysis.of(SpanKind.ENTITY):
        out = after_exclusion(analysis, span, kb) or listed_after_excluded(analysis, kb, previous, span, excluded)
        target = excluded if out else entities
        target += [(span, entity) for entity in span.targets[:MAX_ALTERNATIVES]]
        previous = span
    return entities, excluded


def _periods(
    analysis: Analysis,
    kb: KnowledgeBase,
    context: Context | None,
    entities: list[tuple[Span, str]],
    measures: tuple[str, ...],
) -> tuple[list[tuple[Span, str]], list[Span]]:
    """The periods named (relative ones resolved), and those the knowledge does not hold."""
    periods: list[tuple[Span, str]] = []
    missing: list[Span] = []
    for span in analysis.of(SpanKind.PERIOD):
        if span.targets and not span.exact and len(span.targets) > 1:
            continue  # a loose match to several periods names none of them for sure: no guess
        named = tuple(e for _, e in entities)
        part = "" if span.targets else only_part_of_year(span, kb, named, measures) or dated_year(span, kb, measures)
        if span.targets:  # an exact phrase for several ("the past three years") names them all
            periods += [(span, target) for target in (span.targets if span.exact else span.targets[:1])]
        elif part:
            periods.append((span, part))
        else:
            missing.append(span)
    subjects = tuple(dict.fromkeys(entity for _, entity in entities))
    periods, missing = one_change(analysis, kb, measures, periods, missing, subjects)  # "between 2016 and 2017"
    for span in analysis.of(SpanKind.RELATIVE):
        anchor = next((item for item in periods if _just_after(analysis, span, item[0])), None)
        if anchor is not None and _deictic(analysis, span, kb):  # "last year (2023)": the year named is meant
            periods.remove(anchor)
            periods.append((Span(span.first, anchor[0].last, SpanKind.RELATIVE), anchor[1]))
            continue
        if anchor is None and not periods:  # "fell to 1.4 million: what drop from 4 years earlier?"
            periods += _quoted_anchor(span, analysis, kb, entities, measures)
        resolved = _relative_period(span, [anchor] if anchor else periods, kb, context)
        if resolved is None:
            continue
        if anchor is not None:  # "the year before 2023/24" names one period, not two
            periods.remove(anchor)
            span = Span(span.first, anchor[0].last, SpanKind.RELATIVE, years=span.years)
        periods.append((span, resolved))
    periods += event_periods(analysis, kb, measures)  # "after the settlement": the period of a dated event
    return periods, missing


def _deictic(analysis: Analysis, span: Span, kb: KnowledgeBase) -> bool:
    """ "Last year", "next year": named from today, so a year written beside it names the same year."""
    calendar = kb.lexicon.calendar
    words = {*calendar.previous_words, *calendar.next_words}
    return any(analysis.words[index].surface.casefold() in words for index in span.indexes)


def _operations(analysis: Analysis, kb: KnowledgeBase) -> tuple[dict[str, frozenset[int]], set[str]]:
    """The operations the cue words ask for, with the words that ask; `asked` holds those cued on their own. A cue
    inside the follow-up opener the question starts with asks for nothing: the opener only says that the question
    goes on from the last one (the lexicon's `follow_up_openers`, "same" in one of them)."""
    operations: dict[str, frozenset[int]] = {}
    asked: set[str] = set()
    texts = tuple(word.text for word in analysis.words)
    opener = max((len(item) for item in kb.follow_up_openers if texts[: len(item)] == item), default=0)
    for span in analysis.of(SpanKind.CUE):
        if span.last <= opener:
            continue
        for operation in (operation for intent in span.targets for operation in BY_CUE.get(intent, ())):
            operations[operation.name] = operations.get(operation.name, frozenset()) | span.indexes
            if span.exact:
                asked.add(operation.name)
    if "compare" in asked and analysis.asks_amount and "ratio" not in asked:  # "how many barrels less": an amount
        # ("how many times bigger" asks a ratio, and the ratio reading accounts for the comparative)
        operations["difference"] = operations.get("difference", frozenset()) | operations.pop("compare")
        asked = (asked - {"compare"}) | {"difference"}
    return operations, asked


def _just_after(analysis: Analysis, relative: Span, period: Span) -> bool:
    """The period follows the relative phrase with at most stopwords between ("the year before 2023/24")."""
    between = range(relative.last, period.first)
    return (
        period.first >= relative.last
        and all(analysis.words[index].text in ("", "the", "of") or analysis.weights[index] == 0 for index in between)
        and len(between) <= 2
    )


def _quoted_anchor(
    relative: Span, analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]], measures: tuple[str, ...]
) -> list[tuple[Span, str]]:
    """The period of a figure the question quotes, as the anchor of "4 years earlier": of the periods holding
    that figure for the subject named, the one from which the source has a figure that many years off."""
    subjects = {entity for _, entity in entities}
    for span in analysis.of(SpanKind.FIGURE):
        if span.quantity is None:
            continue
        held = sorted(
            {
                fact.period
                for measure in measures
                for fact in kb.facts_for(measure, ())
                if fact.subject in subjects and fact.period and fact.value == span.quantity.value
            },
            key=kb.period_order,
        )
        anchors = [
            period
            for period in held
            if (key := kb.period(period).key) is not None and kb.periods_by_key.get(key.shifted(relative.years))
        ]
        if len(anchors) == 1:
            return [(span, anchors[0])]
    return []


def _relative_period(
    span: Span, periods: list[tuple[Span, str]], kb: KnowledgeBase, context: Context | None
) -> str | None:
    """ "the year before 2023/24", or "the year before" the period the conversation is about."""
    anchors = [period for _, period in periods]
    if not anchors and context is not None and context.last is not None:
        anchors = list(context.last.periods)
    for anchor in anchors:
        key = kb.period(anchor).key
        if key is not None:
            moved = kb.periods_by_key.get(key.shifted(span.years))
            if moved:
                return moved[0]
            return kb.virtual_period(key.shifted(span.years))
    return None


def conversation_measure(analysis: Analysis, slots: Slots, context: Context | None) -> Slots:
    """ "And Honda and Nissan together?" after vehicle sales: an ambiguous "sales" keeps the conversation's measure.
    Not when a phrase of the question names another measure only ("electric vehicles"): the question names its
    own measure, and a question complete on its own borrows nothing."""
    last = context.last.measure if context is not None and context.last is not None else None
    if last is None or len(slots.measures) < 2 or last not in slots.measures:
        return slots
    if any(last not in span.targets for span in analysis.of(SpanKind.MEASURE)):
        return slots
    return replace(slots, measures=(last,))


def cue_words(operation: Operation, slots: Slots) -> frozenset[int]:
    """The question's cue words a reading of this operation accounts for."""
    words = slots.operations.get(operation.name, frozenset())
    if operation.name in ANSWERS_COMPARE and operation.name in slots.asked:  # "which is bigger, and by how much?"
        words |= slots.operations.get("compare", frozenset())
    if operation.name == "difference" and "difference" in slots.asked:  # "how many points more did it fall"
        words |= slots.operations.get("change", frozenset())
    if operation.name == "share" and "share" in slots.asked:  # "what percent of the group total": the whole
        words |= slots.operations.get("sum", frozenset())
    if operation.name == "rank" and "rank" in slots.asked:
        words |= _highest_first(slots)
    return words


def _highest_first(slots: Slots) -> frozenset[int]:
    """ "Rank them from biggest to smallest", "biggest first": superlatives that state the order a rank gives,
    highest first. Lowest first ("from smallest to biggest") is not the order it gives: they stay unexplained."""
    highest, lowest = slots.operations.get("extreme_max", frozenset()), slots.operations.get("extreme_min", frozenset())
    if highest and (not lowest or min(highest) < min(lowest)):
        return highest | lowest
    return frozenset()


def stated_share(kb: KnowledgeBase, measure: str | None, slots: Slots) -> frozenset[int]:
    """The share cue words ("what share of") a percent measure accounts for: a share asked for and stated,
    not computed."""
    if measure is None or kb.measures[measure].unit != "percent":
        return frozenset()
    return slots.operations.get("share", frozenset())


ANSWERS_COMPARE = frozenset({"difference", "ratio"})
"""A difference or a ratio says which is larger too."""


def split_markets(
    entities: tuple[tuple[Span, str], ...], measure: str | None, kb: KnowledgeBase
) -> tuple[list[tuple[Span, str]], list[tuple[Span, str]]]:
    """Entities the measure's figures are reported *in* (markets) against the ones they are *about*."""
    if measure is None:
        return [], list(entities)
    markets = kb.markets_by_measure.get(measure, frozenset())
    subjects = kb.subject_set(measure)
    in_market = [(span, entity) for span, entity in entities if entity in markets and entity not in subjects]
    others = [(span, entity) for span, entity in entities if (span, entity) not in in_market]
    return in_market[:1], others + in_market[1:]


def indexes(spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(chain.from_iterable(span.indexes for span in spans))


def named_only(analysis: Analysis, kb: KnowledgeBase, slots: Slots) -> frozenset[str]:
    """Operations whose every cue word is a word of the name of a measure the question names ("average" in
    "average hourly earnings"): the figures already are averages (totals, medians), so the word names them and
    does not ask to average them. A cue in another alias ("top suppliers") still asks. So is one inside a name of
    several words ("the five *largest* oil fields" names a group, and asks for no largest)."""
    if not slots.operations:
        return frozenset()
    inside: set[int] = {i for span in analysis.of(SpanKind.ENTITY) if span.last - span.first > 1 for i in span.indexes}
    for span in analysis.of(SpanKind.MEASURE):
        if span.exact and span.last - span.first > 1:
            name_words = frozenset().union(*(_name_words(kb, measure) for measure in span.targets))
            inside.update(index for index in span.indexes if analysis.words[index].text in name_words)
    return frozenset(name for name, words in slots.operations.items() if words and words <= inside)


@lru_cache(maxsize=256)
def _name_words(kb: KnowledgeBase, measure: str) -> frozenset[str]:
    return frozenset(kb.normaliser.words(kb.measures[measure].name))
