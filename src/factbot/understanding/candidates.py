"""Candidates: every reading the question and the knowledge allow.

A reading is an operation (`factbot.understanding.operations`) with its slots filled
from the question's spans: subjects, a measure, periods, a market, figures, or one
statement. Each reading records which words it explains; scoring (`scoring.py`) turns
that into a number, and nothing here decides between readings.

Follow-ups are readings too: when the question leaves a slot empty, a second reading
borrows that slot from the conversation, and says so. A question complete on its own
has a reading that borrows nothing, which beats the borrowed one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.context import Context
from factbot.understanding.operations import BY_CUE, BY_NAME, STATEMENT, Operation, Subjects
from factbot.understanding.reading import Reading
from factbot.understanding.retrieval import statement_readings

MAX_ALTERNATIVES = 6
ANSWERS_COMPARE = frozenset({"difference", "ratio"})
"""A difference or a ratio says which is larger too."""
COMBINABLE = frozenset({"share", "compare", "difference", "ratio"})
"""Operations one side of which may be a sum of several subjects."""
"""A span naming several entities (one alias in two sources) gives at most this many readings."""


@dataclass(frozen=True)
class _Slots:
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


def candidates(analysis: Analysis, kb: KnowledgeBase, context: Context | None) -> list[Reading]:
    slots = _slots(analysis, kb, context)
    found: dict[tuple[object, ...], Reading] = {}
    last_measure = context.last.measure if context is not None and context.last is not None else None
    for reading in _fact_readings(analysis, kb, _conversation_measure(slots, context), last_measure):
        found.setdefault(reading.key, reading)
    statements = statement_readings(analysis, kb)
    for reading in statements:
        found.setdefault(reading.key, reading)
    if "elapsed" in slots.asked:
        for reading in _elapsed(statements, slots, kb):
            found.setdefault(reading.key, reading)
    if context is not None and context.last is not None:
        for reading in _borrowed(analysis, kb, slots, context):
            found.setdefault(reading.key, reading)
    return [replace(reading, yes_no=analysis.yes_no) for reading in found.values()]


MAX_EVENTS = 8


def _elapsed(statements: list[Reading], slots: _Slots, kb: KnowledgeBase) -> Iterator[Reading]:
    """The time between two dated events the question names: each pair of dated statements it matches."""
    dated = [
        reading
        for reading in statements
        if reading.statement is not None and kb.knowledge.statements[reading.statement].when is not None
    ][:MAX_EVENTS]
    cue = slots.operations.get("elapsed", frozenset())
    for index, first in enumerate(dated):
        for second in dated[index + 1 :]:
            assert first.statement is not None and second.statement is not None
            if first.explained <= second.explained or second.explained <= first.explained:
                continue  # one event must account for words the other does not
            yield Reading(
                operation="elapsed",
                statements=(first.statement, second.statement),
                explained=first.explained | second.explained | cue,
                cued=True,
                focus=(first.focus + second.focus) / 2,
                proximity=first.proximity + second.proximity,
            )


# --- slots -----------------------------------------------------------------------------------
def _slots(analysis: Analysis, kb: KnowledgeBase, context: Context | None) -> _Slots:
    entities: list[tuple[Span, str]] = []
    excluded: list[tuple[Span, str]] = []
    for span in analysis.of(SpanKind.ENTITY):
        target = excluded if _after_exclusion(analysis, span, kb) else entities
        target += [(span, entity) for entity in span.targets[:MAX_ALTERNATIVES]]
    measures = tuple(dict.fromkeys(target for span in analysis.of(SpanKind.MEASURE) for target in span.targets))
    if _asks_share(analysis, kb):  # "what share of EU green imports...": the share measure of that whole
        measures = tuple(dict.fromkeys([*(s for m in measures for s in kb.shares_of_measure.get(m, ())), *measures]))
    periods: list[tuple[Span, str]] = []
    missing: list[Span] = []
    for span in analysis.of(SpanKind.PERIOD):
        if span.targets:
            periods.append((span, span.targets[0]))
        else:
            missing.append(span)
    for span in analysis.of(SpanKind.RELATIVE):
        anchor = next((item for item in periods if _just_after(analysis, span, item[0])), None)
        if anchor is None and not periods:  # "fell to 1.4 million: what drop from 4 years earlier?"
            periods += _quoted_anchor(span, analysis, kb, entities, measures)
        resolved = _relative_period(span, [anchor] if anchor else periods, kb, context)
        if resolved is not None:
            if anchor is not None:  # "the year before 2023/24" names one period, not two
                periods.remove(anchor)
                span = Span(span.first, anchor[0].last, SpanKind.RELATIVE, years=span.years)
            periods.append((span, resolved))
    operations: dict[str, frozenset[int]] = {}
    asked: set[str] = set()
    for span in analysis.of(SpanKind.CUE):
        for intent in span.targets:
            for operation in BY_CUE.get(intent, ()):
                operations[operation.name] = operations.get(operation.name, frozenset()) | span.indexes
                if span.exact:
                    asked.add(operation.name)
    if "compare" in asked and "difference" not in operations and analysis.asks_amount:
        operations["difference"] = operations["compare"]  # "how many barrels less": an amount, not a winner
        asked.add("difference")
    return _Slots(
        tuple(entities), tuple(excluded), measures, tuple(periods), tuple(missing),
        analysis.of(SpanKind.FIGURE), operations, frozenset(asked),
    )  # fmt: skip


def _asks_share(analysis: Analysis, kb: KnowledgeBase) -> bool:
    asked = any("share" in span.targets for span in analysis.of(SpanKind.CUE))
    return asked or any(word.text in kb.percent_words for word in analysis.words)


def _after_exclusion(analysis: Analysis, span: Span, kb: KnowledgeBase) -> bool:
    """ "other than Honda", "without Mitsubishi", "except BYD": this entity is taken out of the set."""
    before = tuple(word.text for word in analysis.words[max(0, span.first - 3) : span.first])
    return any(before[-len(phrase) :] == phrase for phrase in kb.exclusion_phrases if len(phrase) <= len(before))


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


def _conversation_measure(slots: _Slots, context: Context | None) -> _Slots:
    """ "And Honda and Nissan together?" after vehicle sales: an ambiguous "sales" keeps the conversation's measure."""
    last = context.last.measure if context is not None and context.last is not None else None
    if last is None or len(slots.measures) < 2 or last not in slots.measures:
        return slots
    return replace(slots, measures=(last,))


# --- readings over facts ------------------------------------------------------------------
def _fact_readings(analysis: Analysis, kb: KnowledgeBase, slots: _Slots, last_measure: str | None) -> Iterator[Reading]:
    measures: list[tuple[str | None, bool]] = [(measure, True) for measure in slots.measures]
    if not measures:
        inferred = _inferred_measures(kb, slots)
        if last_measure in inferred:
            inferred = [last_measure]  # "And Honda and Nissan together?" goes on with the conversation's measure
        measures = [(measure, False) for measure in inferred] or [(None, False)]
    cued = set(slots.operations)
    operations = [BY_NAME[name] for name in sorted(cued)] + [BY_NAME["lookup"]]
    if slots.figures:
        operations.append(BY_NAME["lookup_by_value"])
    if analysis.yes_no and "membership" not in cued and _one_group_and_one_other(slots, kb):
        operations.append(BY_NAME["membership"])  # "Is Suzuki in the Toyota-led alliance?"
    last_named = slots.entities[-1][1] if slots.entities else None
    yield from _across_measures(analysis, kb, slots, operations)
    for measure, named in measures:
        for operation in operations:
            combined = operation.name in COMBINABLE and "sum" in slots.asked
            for reading in _fill(operation, measure, named, analysis, kb, slots, combined):
                cue_words = _cue_words(operation, slots)
                if combined:
                    cue_words |= slots.operations["sum"]
                yield replace(
                    reading,
                    cued=operation.name in cued,
                    explained=reading.explained | cue_words,
                    combined=combined,
                    last_named=last_named,
                )


ACROSS_MEASURES = frozenset({"compare", "difference", "ratio", "sum"})


def _across_measures(
    analysis: Analysis, kb: KnowledgeBase, slots: _Slots, operations: list[Operation]
) -> Iterator[Reading]:
    """One subject's figures for two or more measures of one unit, set side by side: "does Indonesia grow more
    arabica than robusta?", "how many venues did it own or manage?"."""
    spans = [span for span in analysis.of(SpanKind.MEASURE) if span.exact and len(span.targets) == 1]
    measures = tuple(dict.fromkeys(span.targets[0] for span in spans))
    subjects = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    if len(measures) < 2 or len({kb.measures[measure].unit for measure in measures}) != 1:
        return
    markets, named = _split_markets(slots.entities, measures[0], kb)
    names = tuple(dict.fromkeys(entity for _, entity in named)) or _implied_subject(kb, measures[0])
    if len(names) != 1:
        return
    explained = (
        _indexes(spans) | _indexes(span for span, _ in (*markets, *named)) | _indexes(span for span, _ in slots.periods)
    )
    for operation in operations:
        if operation.name in ACROSS_MEASURES:
            yield Reading(
                operation=operation.name,
                subjects=names,
                measure=measures[0],
                measures=measures,
                periods=tuple(dict.fromkeys(period for _, period in slots.periods)),
                market=markets[0][1] if markets else None,
                explained=explained | _cue_words(operation, slots),
                cued=True,
            )
    del subjects


def _fill(
    operation: Operation,
    measure: str | None,
    named: bool,
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: _Slots,
    combined: bool = False,
) -> Iterator[Reading]:
    if operation.needs_measure and measure is None:
        return
    if not operation.needs_measure:
        measure, named = None, False
    markets, subjects = _split_markets(slots.entities, measure, kb)
    explained = set(_indexes(span for span, _ in (*markets, *subjects, *slots.excluded)))
    if measure is not None:
        whole = kb.share_of.get(measure)
        explained |= _indexes(
            span for span in analysis.of(SpanKind.MEASURE) if measure in span.targets or whole in span.targets
        )
        if kb.measures[measure].unit == "percent":
            explained |= slots.operations.get("share", frozenset())  # a share asked for and stated, not computed
    explained |= _indexes(span for span, _ in slots.periods)
    explained |= _described_by(analysis, kb, operation, measure)
    base = Reading(
        operation=operation.name,
        measure=measure,
        measure_named=named,
        periods=tuple(dict.fromkeys(period for _, period in slots.periods)),
        missing_periods=tuple(analysis.text_of(span.indexes) for span in slots.missing_periods),
        market=markets[0][1] if markets else None,
        excluded=tuple(entity for _, entity in slots.excluded),
        explained=frozenset(explained | _indexes(slots.missing_periods)),
    )
    names = tuple(dict.fromkeys(entity for _, entity in subjects))
    if combined and len(names) >= 2:
        figures = tuple(span.quantity for span in slots.figures if span.quantity is not None)
        yield replace(base, subjects=names, values=figures, explained=base.explained | _indexes(slots.figures))
        return
    yield from _with_subjects(operation, base, names, analysis, kb, slots)


def _with_subjects(
    operation: Operation,
    base: Reading,
    names: tuple[str, ...],
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: _Slots,
) -> Iterator[Reading]:
    figures = tuple(span.quantity for span in slots.figures if span.quantity is not None)
    with_figures = replace(base, values=figures, explained=base.explained | _indexes(slots.figures))
    if not names and base.measure is not None and operation.subjects is not Subjects.NONE:
        names = _implied_subject(kb, base.measure)
    arity = operation.subjects
    if arity is Subjects.NONE:
        if not names:
            yield with_figures
    elif arity is Subjects.ANY:
        if names:
            yield replace(with_figures, subjects=names)
    elif arity is Subjects.ONE:
        if len(names) == 1:
            yield _over_periods(replace(with_figures, subjects=names), operation, analysis, kb)
    elif arity is Subjects.TWO:
        if len(names) == 2 or (len(names) == 1 and operation.series and len(base.periods) >= 2):
            yield _over_periods(replace(with_figures, subjects=names), operation, analysis, kb)
        elif len(names) == 1 and operation.name != "share" and kb.entities[names[0]].is_group:
            yield replace(with_figures, group=names[0])
    else:
        yield from _sets(operation, with_figures, names, analysis, kb)


def _implied_subject(kb: KnowledgeBase, measure: str) -> tuple[str, ...]:
    """A measure only one subject has ("royalties" of one county): naming it names the subject too."""
    subjects = kb.subjects_by_measure.get(measure, ())
    return subjects[:1] if len(subjects) == 1 else ()


def _over_periods(reading: Reading, operation: Operation, analysis: Analysis, kb: KnowledgeBase) -> Reading:
    """One subject compared with itself over time: "which year", "what period" are this reading's words."""
    if not operation.series or len(set(reading.subjects)) != 1:
        return reading
    words = frozenset(index for index, word in enumerate(analysis.words) if word.text in kb.period_words)
    return replace(reading, explained=reading.explained | words)


def _sets(
    operation: Operation, base: Reading, names: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase
) -> Iterator[Reading]:
    """A set: two or more named, one group's members, one subject over time, or everyone the measure covers."""
    ordinal = next((value for value in base.values if value.ordinal), None)
    position = int(ordinal.value) if ordinal is not None else 1
    base = replace(base, position=position)
    if len(names) >= 2:
        yield replace(base, subjects=names)
    elif len(names) == 1 and kb.entities[names[0]].is_group:
        yield replace(base, group=names[0])
    elif len(names) == 1 and analysis.yes_no and operation.name in ("extreme_max", "extreme_min"):
        kinds, indexes = _kinds_named(analysis, kb)  # "Is X the top supplier?": X against everyone
        yield replace(base, everyone=True, subjects=names, kinds=kinds, explained=base.explained | indexes)
    elif len(names) == 1 and operation.series:
        yield _over_periods(replace(base, subjects=names), operation, analysis, kb)
    elif not names and not analysis.pronoun and not analysis.follow_up:  # "their total" refers to someone
        kinds, indexes = _kinds_named(analysis, kb)
        yield replace(base, everyone=True, kinds=kinds, explained=base.explained | indexes)


def _kinds_named(analysis: Analysis, kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[int]]:
    """Entity kinds the question names ("which oil field ..."): everyone, but only of that kind."""
    texts = [word.text for word in analysis.words]
    kinds: set[str] = set()
    indexes: set[int] = set()
    for start in range(len(texts)):
        for length in (3, 2, 1):
            found = kb.kind_words.get(tuple(texts[start : start + length]))
            if found:
                kinds |= found
                indexes |= set(range(start, start + length))
                break
    return frozenset(kinds), frozenset(indexes)


def _one_group_and_one_other(slots: _Slots, kb: KnowledgeBase) -> bool:
    named = list(dict.fromkeys(entity for _, entity in slots.entities))
    return len(named) == 2 and sum(kb.entities[entity].is_group for entity in named) == 1


MAX_INFERRED = 4


def _inferred_measures(kb: KnowledgeBase, slots: _Slots) -> list[str]:
    """A measure the question leaves unnamed, from what its subjects have figures for ("Japanese brands held
    14.9% of China's market"), narrowed by the kind of figure it quotes (a percentage, money, a count)."""
    subjects = [entity for _, entity in slots.entities]
    asks_figure = bool(slots.figures) or bool(slots.asked - {"members", "membership", "about", "describe"})
    if not subjects or not asks_figure:
        return []
    shared = set.intersection(*(set(kb.measures_of_subject.get(subject, ())) for subject in subjects))
    figures = [span.quantity for span in slots.figures if span.quantity is not None and not span.quantity.ordinal]
    if figures:
        percent = figures[0].percent
        shared = {measure for measure in shared if (kb.measures[measure].unit == "percent") == percent}
    return sorted(shared)[:MAX_INFERRED]


RELATIVE = frozenset({"change", "difference", "ratio", "share"})
"""Operations that also give a percentage: "growth in percent", "what % drop"."""


def _described_by(analysis: Analysis, kb: KnowledgeBase, operation: Operation, measure: str | None) -> frozenset[int]:
    """Words a reading accounts for beyond its slots: the measure's unit ("how many barrels"), "forecast" when
    the measure's figures are forecasts, "percent" when the operation gives a percentage."""
    words: frozenset[str] = frozenset()
    unit_indexes: frozenset[int] = frozenset()
    if measure is not None:
        unit_indexes = _unit_named(analysis, kb.unit_words.get(measure, frozenset()))
        unit_indexes |= _free_words_in(analysis, kb.measure_words.get(measure, frozenset()))
        for basis in kb.bases_of_measure.get(measure, ()):
            words |= kb.basis_words.get(basis, frozenset())
    if operation.name in RELATIVE:
        words |= kb.percent_words
    return unit_indexes | frozenset(index for index, word in enumerate(analysis.words) if word.text in words)


def _free_words_in(analysis: Analysis, vocabulary: frozenset[str]) -> frozenset[int]:
    """Words outside every name of the question that the reading's measure is called by: a measure named in
    pieces ("soluble (instant) coffee did the EU import") is named all the same."""
    in_spans = {index for span in analysis.spans for index in span.indexes}
    return frozenset(
        index
        for index, word in enumerate(analysis.words)
        if index not in in_spans and analysis.weights[index] > 0 and word.text in vocabulary
    )


def _unit_named(analysis: Analysis, unit: frozenset[str]) -> frozenset[int]:
    """The words that name a measure's unit on their own ("how many barrels"): all of "electric vehicles",
    never a word another name of the question already uses ("Tesla's vehicle sales")."""
    in_spans = {index for span in analysis.spans for index in span.indexes}
    free = {index: word.text for index, word in enumerate(analysis.words) if index not in in_spans}
    if not unit or not unit <= set(free.values()):
        return frozenset()
    return frozenset(index for index, text in free.items() if text in unit)


def _cue_words(operation: Operation, slots: _Slots) -> frozenset[int]:
    """The question's cue words a reading of this operation accounts for."""
    words = slots.operations.get(operation.name, frozenset())
    if operation.name in ANSWERS_COMPARE:  # "which is bigger, and by how much?"
        words |= slots.operations.get("compare", frozenset())
    return words


def _split_markets(
    entities: tuple[tuple[Span, str], ...], measure: str | None, kb: KnowledgeBase
) -> tuple[list[tuple[Span, str]], list[tuple[Span, str]]]:
    """Entities the measure's figures are reported *in* (markets) against the ones they are *about*."""
    if measure is None:
        return [], list(entities)
    markets = kb.markets_by_measure.get(measure, frozenset())
    subjects = set(kb.subjects_by_measure.get(measure, ()))
    in_market = [(span, entity) for span, entity in entities if entity in markets and entity not in subjects]
    others = [(span, entity) for span, entity in entities if (span, entity) not in in_market]
    return in_market[:1], others + in_market[1:]


def _indexes(spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(index for span in spans for index in span.indexes)


# --- follow-ups ---------------------------------------------------------------------------
def _borrowed(analysis: Analysis, kb: KnowledgeBase, slots: _Slots, context: Context) -> Iterator[Reading]:
    """Readings that borrow from the conversation only the slots this question leaves empty.

    "And Tesla?" keeps the last measure and period; "their combined sales" and "rank them"
    take the subjects asked about lately; "how many more is that than Nissan?" pairs the
    one subject it names with the last one answered about.
    """
    last = context.last
    if last is None or last.operation == STATEMENT:
        return
    own = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    names = list(slots.operations) or [last.operation]
    for name in dict.fromkeys([*names, "lookup"]):
        operation = BY_NAME.get(name)
        if operation is None:
            continue
        for measure, measure_borrowed in _borrowable_measures(analysis, slots, last.measure, operation):
            reading = _borrowing(analysis, slots, context, operation, own, measure, measure_borrowed)
            if reading is not None:
                yield reading


def _borrowable_measures(
    analysis: Analysis, slots: _Slots, last_measure: str | None, operation: Operation
) -> list[tuple[str | None, bool]]:
    """The question's own measure, and the conversation's when the question's is only a cue word ("rank")."""
    if not operation.needs_measure:
        return [(None, False)]
    if last_measure is not None and any(last_measure in span.targets for span in analysis.of(SpanKind.MEASURE)):
        return [(last_measure, False)]  # "who sold more?" after EV sales: "sold" still means EV sales
    cue_words = frozenset(index for indexes in slots.operations.values() for index in indexes)
    own = [
        target
        for span in analysis.of(SpanKind.MEASURE)
        for target in span.targets
        if len(slots.measures) == 1 or span.exact
    ]
    only_cues = all(span.indexes <= cue_words for span in analysis.of(SpanKind.MEASURE))
    options: list[tuple[str | None, bool]] = []
    if not only_cues:
        options += [(measure, False) for measure in dict.fromkeys(own)][:1]
    if not options or only_cues:
        options.append((last_measure, True))  # "rank them": "rank" is an operation here, not a measure
    return options


def _borrowing(
    analysis: Analysis,
    slots: _Slots,
    context: Context,
    operation: Operation,
    own: tuple[str, ...],
    measure: str | None,
    measure_borrowed: bool,
) -> Reading | None:
    last = context.last
    assert last is not None
    borrowed = ["measure"] if measure_borrowed else []
    subjects = own
    wants_two = operation.subjects in (Subjects.SET, Subjects.TWO)
    if not subjects:
        subjects = context.recent_subjects if wants_two else last.subjects
        borrowed.append("subjects")
    elif wants_two and len(subjects) == 1 and (analysis.pronoun or analysis.follow_up):
        subjects = (*last.subjects[:1], *subjects) if last.subjects and last.subjects[0] not in subjects else subjects
        borrowed.append("subjects")
    if operation.subjects is Subjects.ONE and len(subjects) != 1:
        return None
    if operation.subjects is Subjects.TWO and len(subjects) != 2 and not (operation.series and len(subjects) == 1):
        return None
    periods = tuple(dict.fromkeys(period for _, period in slots.periods))
    if not periods and operation.series and len(context.recent_periods) >= 2 and len(set(subjects)) == 1:
        periods = context.recent_periods
        borrowed.append("periods")
    elif not periods and last.periods and operation.name != "change" and not slots.missing_periods:
        periods = last.periods
        borrowed.append("periods")
    if not borrowed:
        return None
    used = [
        span
        for span in analysis.spans
        if span.kind in (SpanKind.ENTITY, SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE)
        or (span.kind is SpanKind.MEASURE and measure in span.targets)
    ]
    explained = _indexes(used) | _cue_words(operation, slots)
    return Reading(
        operation=operation.name,
        missing_periods=tuple(analysis.text_of(span.indexes) for span in slots.missing_periods),
        subjects=subjects if operation.subjects is not Subjects.NONE else (),
        group=last.group if "subjects" in borrowed and not subjects else None,
        measure=measure,
        periods=periods,
        market=last.market,
        values=tuple(span.quantity for span in slots.figures if span.quantity is not None),
        explained=explained,
        borrowed=tuple(borrowed),
        cued=operation.name in slots.operations,
    )
