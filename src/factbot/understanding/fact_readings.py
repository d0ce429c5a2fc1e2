"""Readings over facts: each operation with its slots filled from what the question names.

A reading records which words it explains, including those that describe its measure
(its unit, its basis, its words used in pieces); `scoring` weighs them.
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.collectives import unlisted_group
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.across_measures import across_measures, implied_subject
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.asked_periods import asked_period_word, asks_which_period
from factbot.understanding.averaged_measures import AVERAGE, averaged_cue
from factbot.understanding.counted_places import counted_places
from factbot.understanding.direction import direction_words
from factbot.understanding.framing_wholes import without_framing_whole
from factbot.understanding.implied_sets import (
    counted_own_series,
    counted_period_word,
    kinds_named,
    kinds_of,
    nested_periods,
    over_time_only,
    parts_named,
    periods_counted,
    sole_holder,
    whole_by_figure,
    whole_holding,
    whole_in_one_period,
)
from factbot.understanding.measures_named import inferred_measures, named_measure
from factbot.understanding.member_kinds import (
    MEMBER_OPERATIONS,
    asks_for_a_group,
    implied_member_operation,
    kind_group_asked,
    member_kind_words,
    members_kind,
)
from factbot.understanding.operations import BY_NAME, Operation, Subjects, readable
from factbot.understanding.pointed_reporters import unsaid
from factbot.understanding.question_words import asks_a_count
from factbot.understanding.reading import Reading, revised
from factbot.understanding.reading_words import RELATIVE, Shared, named_for, shared_words, slot_words
from factbot.understanding.reported import reported
from factbot.understanding.share_forms import lists_parts, whole_first, whole_of_parts
from factbot.understanding.short_names import meant_by_short_name
from factbot.understanding.slots import Slots, cue_words, named_only, set_size
from factbot.understanding.units import asked_unit

COMBINABLE = frozenset({"share", "compare", "difference", "ratio"})
"""Operations one side of which may be a sum of several subjects."""


def fact_readings(
    analysis: Analysis, kb: KnowledgeBase, slots: Slots, last_measure: str | None, falling: bool = False
) -> Iterator[Reading]:
    """Every reading over facts the question's slots fill; each made with the question's yes/no and fall already
    set (`falling`: it asks about a fall), so that candidates need not copy it again."""
    measures: list[tuple[str | None, bool]] = [
        (measure, named_measure(measure, analysis, slots, kb)) for measure in slots.measures
    ]
    if not measures:
        inferred = inferred_measures(kb, slots, analysis.asks_amount, analysis.text_set)
        if last_measure in inferred:
            inferred = [last_measure]  # "And Honda and Nissan together?" goes on with the conversation's measure
        measures = [(measure, False) for measure in inferred] or [(None, False)]
    averaged = averaged_cue(kb, slots)  # "on average" of a measure that is a mean: the cue names its kind
    cued = set(slots.operations) - named_only(analysis, kb, slots) - ({AVERAGE} if averaged else set())
    operations = [
        operation for operation in _operations(analysis, kb, slots, cued) if readable(operation, analysis.wanted_kinds)
    ]
    last_named = slots.entities[-1][1] if slots.entities else None
    nested = _nested(kb, tuple(entity for _, entity in slots.entities))
    yield from across_measures(analysis, kb, slots, operations)
    shared = shared_words(analysis, slots, falling)
    for measure, named in measures:
        for operation in operations:
            combined = operation.name in COMBINABLE and "sum" in slots.asked and not nested
            asked_by = cue_words(operation, slots)
            if combined:
                asked_by |= slots.operations["sum"]
            moving: dict[str | None, frozenset[int]] = {}  # the operation's direction words, by measure
            for reading in _fill(operation, measure, named, analysis, kb, slots, shared, combined):
                said = reported(analysis, kb, reading, slots.reporters)
                if unsaid(analysis, kb, slots.reporters, said):  # "what did she say": figures she did not say
                    continue
                if reading.measure not in moving:
                    moving[reading.measure] = direction_words(analysis, kb, operation.name, reading.measure)
                yield revised(
                    reading,
                    cued=operation.name in cued,
                    explained=reading.explained | asked_by | said | moving[reading.measure] | averaged,
                    combined=reading.combined,
                    last_named=last_named,
                )


def _operations(analysis: Analysis, kb: KnowledgeBase, slots: Slots, cued: set[str]) -> list[Operation]:
    """The operations the question's readings may be of: those its words ask for, a lookup, and those its slots
    imply (a sum of the rest, a lookup by value, membership)."""
    operations = [BY_NAME[name] for name in sorted(cued)] + [BY_NAME["lookup"]]
    if slots.excluded and "sum" not in cued:  # "the alliance's sales without Mitsubishi": what the rest sell
        operations.append(BY_NAME["sum"])
    if slots.figures:
        operations.append(BY_NAME["lookup_by_value"])
    implied = implied_member_operation(analysis, kb, tuple(entity for _, entity in slots.entities))
    if implied is not None and implied not in cued:  # "which states are in the three regions?"
        operations.append(BY_NAME[implied])
    if analysis.yes_no and "membership" not in cued and _one_group_and_one_other(slots, kb):
        operations.append(BY_NAME["membership"])  # "Is Suzuki in the Toyota-led alliance?"
    return operations


def _names_a_stated_share(analysis: Analysis, kb: KnowledgeBase, slots: Slots, measure: str | None) -> bool:
    """ "What share of the market did X and Y hold?": the share word names the percent measure itself, so no
    share of one figure in another is asked ("what portion of their combined share", with a word of its own, is)."""
    if measure is None or kb.measures[measure].unit != "percent":
        return False
    cue = slots.operations.get("share", frozenset())
    return any(measure in span.targets and span.indexes & cue for span in analysis.of(SpanKind.MEASURE))


def _percent(kb: KnowledgeBase, measure: str | None) -> bool:
    return measure is not None and kb.measures[measure].unit == "percent"


def _change_word_names(analysis: Analysis, slots: Slots, measure: str | None) -> bool:
    """ "How much did Acme lose?" of a measure called "losses": the word of change is the measure's own name,
    so no change is asked of it; "how much did coffee production grow?" names the measure apart and asks one."""
    cue = slots.operations.get("change", frozenset())
    if measure is None or not cue:
        return False
    naming = [span.indexes for span in analysis.of(SpanKind.MEASURE) if measure in span.targets]
    return bool(naming) and all(indexes <= cue for indexes in naming)  # named by nothing but the change word


def _fill(
    operation: Operation,
    measure: str | None,
    named: bool,
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: Slots,
    shared: Shared,
    combined: bool = False,
) -> Iterator[Reading]:
    if operation.needs_measure and measure is None:
        return
    if operation.name == "share" and _names_a_stated_share(analysis, kb, slots, measure):
        return
    if operation.name == "change" and _change_word_names(analysis, slots, measure):
        return
    if operation.name == "lookup" and _percent(kb, measure) and asks_a_count(analysis.texts, kb):
        return  # "how many (million) X did Y": a count, which a percentage is not
    if not operation.needs_measure:
        measure, named = None, False
    markets, subjects, described, holds_left_out, names = named_for(measure, analysis, kb, slots, shared)
    left_out = {entity for _, entity in slots.excluded}
    kinds = {kb.entities[entity].kind for _, entity in subjects}  # "X's sales, not counting Y": a rival, X's own
    apart = bool(left_out) and bool(kinds) and not kinds & {kb.entities[entity].kind for entity in left_out}
    listed = operation.name in MEMBER_OPERATIONS  # "besides Honda, who is in the alliance?": listed less Honda
    counted = operation.subjects is Subjects.SET or listed or not (holds_left_out or apart)  # a group counts it in
    key = (measure, counted, operation.name in RELATIVE)
    if key not in shared.words:
        shared.words[key] = slot_words(
            operation, measure, analysis, kb, slots, markets + subjects + described, counted, shared
        )
    base = revised(
        shared.template,
        operation=operation.name,
        measure=measure,
        measure_named=named,
        market=markets[0][1] if markets else None,
        explained=shared.words[key],
        kind_match=bool(operation.answers & analysis.wanted_kinds),
        combined=combined,
    )
    converted = asked_unit(analysis, kb, measure) if measure is not None and operation.name == "lookup" else None
    if converted is not None:  # "in metric tons": a figure looked up is given in the unit asked
        base = revised(base, unit_asked=converted[0], explained=base.explained | converted[1])
    if operation.name == "share":
        names = whole_first(names, subjects, slots.operations.get("share", frozenset()))
    yield from _arranged(operation, base, names, subjects, analysis, kb, slots)


def _arranged(
    operation: Operation,
    base: Reading,
    names: tuple[str, ...],
    subjects: list[tuple[Span, str]],
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: Slots,
) -> Iterator[Reading]:
    """The names as the operation takes them: parts of the whole a share is of, two lists set side by side, or
    as many subjects as the operation takes (`_with_subjects`)."""
    names, base = _without_the_kind_asked(operation, base, names, analysis, kb)
    whole = whole_of_parts(analysis, kb, names, base.measure) if operation.name == "share" else None
    if whole is not None:  # "what share of deaths were in X and Y (combined)?": of the whole, named by its measure
        yield revised(base, subjects=names, whole=whole, combined=False)
    elif operation.name == "share" and lists_parts(analysis, kb, names, base.measure):
        return  # parts of a whole the sources give no figure of: neither is a share of the other
    elif base.combined and len(names) >= 2:
        yield revised(base, subjects=names, first_side=first_side(subjects, analysis, kb))
    else:
        yield from _with_subjects(operation, base, names, analysis, kb, slots)


def _without_the_kind_asked(
    operation: Operation, base: Reading, names: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase
) -> tuple[tuple[str, ...], Reading]:
    """ "Which Ardian shops are in the Main Street group?": the larger group asked for names the kind of the
    members asked, so only the other group is the reading's subject."""
    asked = kind_group_asked(analysis, kb, names) if operation.name in MEMBER_OPERATIONS else None
    if asked is None:
        return names, base
    return (asked[0],), revised(base, explained=base.explained | asked[1])


def first_side(subjects: list[tuple[Span, str]], analysis: Analysis, kb: KnowledgeBase) -> int:
    """How many subjects the first of exactly two lists holds: names follow on in one list when only list words
    ("and", "plus") or nothing stand between them; any other word ("sell more than") starts the other side."""
    runs: list[int] = []
    previous: Span | None = None
    for span, _ in subjects:
        if previous is not None and {word.text for word in analysis.words[previous.last : span.first]} <= kb.list_words:
            runs[-1] += 1
        else:
            runs.append(1)
        previous = span
    return runs[0] if len(runs) == 2 else 0


def _nested(kb: KnowledgeBase, names: tuple[str, ...]) -> bool:
    """One of the subjects is a group holding another: "the alliance total" is the group's, not group + member."""
    return any(name in kb.entities[other].members for name in names for other in names if other != name)


def _with_subjects(
    operation: Operation,
    base: Reading,
    names: tuple[str, ...],
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: Slots,
) -> Iterator[Reading]:
    if not names and base.measure is not None and operation.subjects is not Subjects.NONE and slots.implied:
        if not (base.excluded and operation.subjects is not Subjects.SET):  # the whole, less a part: not the whole
            names = implied_subject(kb, base.measure)
            if not names and operation.subjects in (Subjects.ONE, Subjects.TWO, Subjects.ANY):
                names = sole_holder(kb, base.measure, base.periods)
            names = () if names and parts_named(names[0], base.measure, analysis, kb) else names
            names = () if _whose_figure(operation, analysis, slots) else names
            base = revised(base, implied=bool(names))
    elif base.measure is not None and operation.subjects is not Subjects.NONE:
        named = [(span, entity) for span, entity in slots.entities if entity in names]
        names = meant_by_short_name(analysis, kb, named, base.measure) or names
        names = without_framing_whole(named, names, base.measure, operation.name, analysis, kb)
    arity = operation.subjects
    if arity is Subjects.SET:
        yield from _sets(operation, base, names, analysis, kb)
    elif arity is Subjects.TWO:
        yield from _two(operation, base, names, analysis, kb)
    elif arity is Subjects.NONE and not names:  # "which state grew 1.7%?": the kind asked of is explained
        yield revised(base, explained=base.explained | kinds_of(base.measure, analysis, kb))
    elif arity is Subjects.ANY and names:
        yield revised(base, subjects=names)
    elif arity is Subjects.ONE and len(names) == 1:  # "over those three years": a series of three
        (size, word), kind = (
            periods_counted(analysis, kb) or (None, ""),
            member_kind_words(operation.name, names, analysis, kb),
        )
        places, ordinals = (
            counted_places(analysis, kb, size) if size is not None and operation.series else ((), frozenset())
        )
        reading = revised(
            base, subjects=names, size=size, time_unit=word, places=places, explained=base.explained | kind | ordinals
        )
        yield _over_periods(reading, operation, analysis, kb)


def _whose_figure(operation: Operation, analysis: Analysis, slots: Slots) -> bool:
    """A question that names no subject and states a figure asks whose it is ("what needed 750,000 cubic
    yards?"): the figure is no lookup of the whole the question would otherwise be taken to be about. A figure
    right after "per" is a rate's base, nobody's figure."""
    if operation.name != "lookup" or analysis.yes_no:
        return False
    bases = {span.last for span in analysis.of(SpanKind.CUE) if "ratio" in span.targets}  # "per 100 million miles"
    return any(
        span.quantity is not None and not span.quantity.ordinal and span.first not in bases for span in slots.figures
    )


def _two(
    operation: Operation, base: Reading, names: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase
) -> Iterator[Reading]:
    """Two subjects, one subject over two periods, or a group and its members. A market is no rival of a company:
    "Nissan's sales in China" compares Nissan with no one."""
    if (
        len(names) == 2
        and sum(_qualifying_market(kb, name, base.measure, operation.name, names) for name in names) == 1
    ):
        return
    if len(names) == 2 or (len(names) == 1 and operation.series and len(base.periods) >= 2):
        yield _over_periods(revised(base, subjects=names), operation, analysis, kb)
    elif len(names) == 1 and operation.name != "share" and kb.entities[names[0]].is_group:
        yield revised(base, group=names[0])
    elif len(names) == 1 and operation.name == "share" and nested_periods(kb, base.periods):
        yield revised(base, subjects=names)  # "what share of the first half's deaths were in June?"
    elif len(names) == 1 and operation.name == "share" and base.measure is not None:  # "what share ... were X?"
        whole = whole_holding(kb, names[0], base.measure) or whole_by_figure(kb, names[0], base)
        if whole is not None:
            yield revised(base, subjects=(whole, names[0]))


def _qualifying_market(
    kb: KnowledgeBase, name: str, measure: str | None, operation: str, names: tuple[str, ...]
) -> bool:
    """A market named beside a company qualifies its figures ("Nissan's sales in China"). Only a share, with the
    market and the other both having figures of the measure, takes the market as its whole ("Europe's share of the
    226.9 million passengers"); a comparison never sets a company against a market's total ("did X sell more in
    China?"), which holds the company's own figure, and a market beside a subject with no figure of the measure
    still only places that subject's."""
    if not kb.entities[name].is_market:
        return False
    return operation != "share" or measure is None or any((other, measure) not in kb.facts_by_key for other in names)


def _over_periods(reading: Reading, operation: Operation, analysis: Analysis, kb: KnowledgeBase) -> Reading:
    """One subject compared with itself over time: "which year", "what period" are this reading's words."""
    if not operation.series or len(set(reading.subjects)) != 1:
        return reading
    words = frozenset(index for index, word in enumerate(analysis.words) if word.text in kb.period_words)
    return revised(reading, explained=reading.explained | words)


def _sets(
    operation: Operation, base: Reading, names: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase
) -> Iterator[Reading]:
    """A set: two or more named, one group's members, one subject over time, or everyone the measure covers."""
    ordinals = [value for value in base.values if value.ordinal]
    if len(ordinals) > 1 and operation.name in ("extreme_max", "extreme_min"):
        return  # "the second- and third-largest": one place answers half of it
    ordinal = ordinals[0] if ordinals else None
    position = int(ordinal.value) if ordinal is not None else 1
    places = frozenset(
        index for span in analysis.of(SpanKind.FIGURE) if span.quantity is ordinal and ordinal for index in span.indexes
    )
    base = revised(base, position=position, size=set_size(analysis), explained=base.explained | places)
    if base.implied and whole_in_one_period(names[0], base, analysis, kb):
        names, base = (), revised(base, implied=False)  # the whole in one period is no set: its parts are
    if len(names) >= 2:
        yield revised(base, subjects=names)
    elif len(names) == 1 and (
        over_time_only(kb, names[0], operation, base) or counted_own_series(kb, names[0], operation, base, analysis)
    ):  # "which year was X highest?", "X's average over those three years"
        yield _over_periods(
            revised(base, subjects=names, time_unit=counted_period_word(analysis, kb)), operation, analysis, kb
        )
    elif len(names) == 1 and kb.entities[names[0]].is_group:
        yield from _members_of(names[0], base, analysis, kb)
    elif len(names) == 1 and base.excluded and kb.entities[names[0]].is_whole:
        yield revised(base, group=names[0])  # the whole less the parts left out
    elif len(names) == 1 and analysis.yes_no and operation.name in ("extreme_max", "extreme_min"):
        kinds, indexes = kinds_named(analysis, kb, base.explained)  # "Is X the top supplier?": X against everyone
        yield revised(base, everyone=True, subjects=names, kinds=kinds, explained=base.explained | indexes)
    elif len(names) == 1 and operation.series and _series_of(names[0], operation, base, kb, analysis):
        unit = counted_period_word(analysis, kb) or asked_period_word(analysis, kb)
        yield _over_periods(revised(base, subjects=names, time_unit=unit), operation, analysis, kb)
    elif not names and operation.everyone and not analysis.pronoun and not analysis.follow_up:  # not "their total"
        kinds, indexes = kinds_named(analysis, kb, base.explained)  # a word of the measure asks no kind
        yield revised(base, everyone=True, kinds=kinds, explained=base.explained | indexes)


def _members_of(group: str, base: Reading, analysis: Analysis, kb: KnowledgeBase) -> Iterator[Reading]:
    """The group's members as the set, unless the question asks for a group ("which alliance sold the most?")."""
    if not asks_for_a_group(analysis, kb, group):
        yield revised(base, group=group, explained=base.explained | members_kind(analysis, kb, group))


def _series_of(name: str, operation: Operation, base: Reading, kb: KnowledgeBase, analysis: Analysis) -> bool:
    """One subject makes a set over the periods named, when there are enough of them, or over all its periods when
    the question asks which one ("which year was X highest?"); a group whose members the sources do not list makes
    one of its own ("the top ten together": their stated total)."""
    over_all = not base.periods and asks_which_period(analysis, kb)
    return len(set(base.periods)) >= operation.series_periods or over_all or unlisted_group(kb, name)


def _one_group_and_one_other(slots: Slots, kb: KnowledgeBase) -> bool:
    named = list(dict.fromkeys(entity for _, entity in slots.entities))
    return len(named) >= 2 and sum(kb.entities[entity].is_group for entity in named) == 1
