"""Follow-ups: readings that borrow from the conversation the slots a question leaves empty.

A question complete on its own has a reading that borrows nothing, which beats the
borrowed one; a reading that borrows says what it borrowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.adjacent_period import adjacent_period
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.context import Context
from factbot.understanding.direction import direction_words
from factbot.understanding.fact_readings import COMBINABLE
from factbot.understanding.last_total import against_last_total, total_parts
from factbot.understanding.member_kinds import MEMBER_OPERATIONS
from factbot.understanding.moved_periods import borrowed_periods, moved_from
from factbot.understanding.operations import BY_NAME, FIGURE_OPERATIONS, STATEMENT, Operation, Subjects, readable
from factbot.understanding.reading import Reading, revised
from factbot.understanding.reading_words import unlike_bounds
from factbot.understanding.same_whole import share_of_same_whole
from factbot.understanding.siblings import sibling_readings
from factbot.understanding.slots import Slots, cue_words, indexes, set_size, stated_share


def borrowed(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Iterator[Reading]:
    """Readings that borrow from the conversation only the slots this question leaves empty.

    "And Tesla?" keeps the last measure and period; "their combined sales" and "rank them"
    take the subjects asked about lately; "how many more is that than Nissan?" pairs the
    one subject it names with the last one answered about.
    """
    context = _after_statement(analysis, kb, slots, context)
    last = context.last
    if (
        last is not None
        and last.operation == STATEMENT
        and context.figure is not None
        and _asks_figure(analysis, slots)
    ):
        context = replace(context, last=context.figure)  # "how many more is that?" of the figure a statement stated
        last = context.last
    if last is None or last.operation == STATEMENT:
        return
    own = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    slots = _gap_of_comparison(slots, last, own)
    for special in (
        adjacent_period(analysis, kb, context),
        _part_of_previous(analysis, kb, slots, context),
        _stated_share_of_last(analysis, kb, slots, context),
        share_of_same_whole(analysis, kb, slots, context),
        against_last_total(analysis, kb, slots, context),
    ):
        if special is not None:
            yield special
    yield from sibling_readings(analysis, kb, slots, context)
    names = list(slots.operations) or [last.operation]
    for name in dict.fromkeys([*names, "lookup"]):
        operation = BY_NAME.get(name)
        if operation is None or not readable(operation, analysis.wanted_kinds):
            continue
        for measure, measure_borrowed in _borrowable_measures(analysis, slots, last.measure, operation):
            reading = _borrowing(analysis, kb, slots, context, operation, own, measure, measure_borrowed)
            if reading is not None:
                yield _counted_group(reading, kb, context)


_SLOT_KINDS = frozenset({SpanKind.ENTITY, SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE})
_UNDATED_KINDS = frozenset({SpanKind.ENTITY, SpanKind.FIGURE})
"""An operation over no measure (who or what something is, its members) has no period: a period the question
names is explained only by a reading over figures."""


def _gap_of_comparison(slots: Slots, last: Reading, own: tuple[str, ...]) -> Slots:
    """ "By how many points?" after "which is higher?": naming nothing of its own, a cue of change asks the size
    of the comparison just made, the difference between its two sides."""
    if last.operation != "compare" or own or "change" not in slots.asked or "difference" in slots.operations:
        return slots
    operations = {name: words for name, words in slots.operations.items() if name != "change"}
    operations["difference"] = slots.operations["change"]
    return replace(slots, operations=operations, asked=(slots.asked - {"change"}) | {"difference"})


def _asks_figure(analysis: Analysis, slots: Slots) -> bool:
    """The question asks an amount or arithmetic ("how many more is that?"), not about a statement."""
    return analysis.asks_amount or bool(slots.asked & FIGURE_OPERATIONS)


def _points_back(analysis: Analysis, named: tuple[str, ...]) -> bool:
    """ "Rank them along with X", "and X? rank all three": a pronoun, or a count of more than the question names,
    takes in the subjects asked about lately."""
    size = set_size(analysis)
    return analysis.pronoun or (size is not None and size > len(named))


def _after_statement(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Context:
    """ "What share were they billed for?" after a statement about two payers: the pronoun points at the one entity
    the statement involves that has figures for the question's measure (with no measure asked, at the one person
    it quotes); it is in view as if asked about."""
    last = context.last
    if not analysis.pronoun or slots.entities or last is None or last.statement is None:
        return context
    statement = kb.knowledge.statements[last.statement]
    involved = dict.fromkeys((*statement.about, *statement.people))
    measured = [e for e in involved if any(e in kb.subjects_by_measure.get(m, ()) for m in slots.measures)]
    if not slots.measures:  # "Who is he?" after what someone said: the one who spoke
        measured = list(statement.people)
    if len(measured) > 1:  # "Acme plans to join the Pact": the member acts; its group is where it acts
        measured = [e for e in measured if not any(other in kb.entities[e].members for other in measured)]
    if len(measured) != 1:
        return context
    return Context(last=Reading(operation="lookup", subjects=(measured[0],)), recent_subjects=(measured[0],))


def _referents(analysis: Analysis, kb: KnowledgeBase, context: Context) -> tuple[str, ...]:
    """What the question's pronoun points at: the last answer's subjects; but "it" after an answer about several
    ("Acme's share of the Pact") is the one the conversation carried into that answer from the turn before."""
    last = context.last
    assert last is not None
    if not last.subjects and context.answered:  # "its sales" after "who sold the most?": the one answered
        return context.answered
    if len(last.subjects) < 2 or context.previous is None or not _singular(analysis, kb):
        return last.subjects
    carried = [subject for subject in last.subjects if subject in context.previous.subjects]
    return tuple(carried) if len(carried) == 1 else last.subjects


def _singular(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """The question's pronouns all point at one thing ("is it ...", not "are they ...")."""
    said = {word.text for word in analysis.words} & kb.pronouns
    singular = {word for text in kb.lexicon.singular_pronouns for word in kb.normaliser.words(text)}
    return bool(said) and said <= singular


def _against_the_last(
    operation: Operation, subjects: tuple[str, ...], periods: tuple[str, ...], last: Reading, analysis: Analysis
) -> bool:
    """One subject, one period named, a pronoun for the figure just given: the two periods are compared."""
    return (
        operation.series
        and operation.subjects is Subjects.TWO
        and analysis.pronoun
        and len(set(subjects)) == 1
        and len(periods) == 1
        and len(last.periods) == 1
        and last.periods[0] != periods[0]
    )


def _group_total(kb: KnowledgeBase, slots: Slots, operation: Operation, subjects: tuple[str, ...]) -> frozenset[int]:
    """ "How many times the alliance's total is that?": a group's figure is its members' total, so a comparison
    that takes in a group explains the word "total" it is asked with."""
    if operation.name not in COMBINABLE or "sum" not in slots.asked:
        return frozenset()
    if not any(kb.entities[subject].is_group for subject in subjects if subject in kb.entities):
        return frozenset()
    return slots.operations["sum"]


def _counted_group(reading: Reading, kb: KnowledgeBase, context: Context) -> Reading:
    """ "The three members" after a group was in view: that group's members, when the count is theirs."""
    if reading.size is None or "subjects" not in reading.borrowed:
        return reading
    groups = {
        subject
        for subject in context.recent_subjects
        if kb.entities[subject].is_group and len(kb.entities[subject].members) == reading.size
    }
    return revised(reading, subjects=(), group=groups.pop()) if len(groups) == 1 else reading


def _part_of_previous(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Reading | None:
    """ "What share is that?" after a whole and then a part of it: the last figure over the one before, for the
    same subject and period, in the same unit (the blue part over the whole output)."""
    last, previous = context.last, context.previous
    share_words = kb.cue_words.get("share", frozenset())
    only_share = {index for index, word in enumerate(analysis.words) if word.text in share_words}
    named = [span for span in analysis.of(SpanKind.MEASURE) if not span.indexes <= only_share]
    if not only_share or named or slots.entities or last is None or previous is None:
        return None
    if last.measure is None or previous.measure is None or last.measure == previous.measure:
        return None
    if last.subjects != previous.subjects or len(last.subjects) != 1:
        return None
    if kb.measures[last.measure].unit != kb.measures[previous.measure].unit:
        return None
    if last.measure in kb.share_of or last.measure in kb.rate_counting:
        return None
    return Reading(
        operation="share",
        subjects=last.subjects,
        measures=(last.measure, previous.measure),
        periods=last.periods,
        market=last.market,
        explained=indexes(analysis.spans),
        cued=True,
        borrowed=("subjects", "measure", "periods"),
    )


def _stated_share_of_last(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Reading | None:
    """ "What share of the county's taxes was that?" after a figure: the share of its whole the sources state for
    the same subject, when the last measure has one share form (`shares_of_measure`) and the question names no
    one but the places that share is reported in."""
    last = context.last
    if last is None or last.measure is None or "share" not in slots.operations:
        return None
    shares = kb.shares_of_measure.get(last.measure, ())
    if len(shares) != 1 or not (analysis.pronoun or analysis.follow_up) or not last.subjects:
        return None
    markets = kb.markets_by_measure.get(shares[0], frozenset())
    if any(entity not in markets for _, entity in slots.entities):
        return None
    named = [span for span in analysis.of(SpanKind.MEASURE) if {last.measure, shares[0]} & set(span.targets)]
    return Reading(
        operation="lookup",
        subjects=last.subjects,
        measure=shares[0],
        periods=last.periods,
        explained=indexes(named) | indexes(span for span, _ in slots.entities) | slots.operations["share"],
        cued=True,
        borrowed=("subjects", "periods") if last.periods else ("subjects",),
    )


def _borrowable_measures(
    analysis: Analysis, slots: Slots, last_measure: str | None, operation: Operation
) -> list[tuple[str | None, bool]]:
    """The question's own measure, and the conversation's when the question's is only a cue word ("rank")."""
    if not operation.needs_measure:
        return [(None, False)]
    if last_measure is not None and any(last_measure in span.targets for span in analysis.of(SpanKind.MEASURE)):
        return [(last_measure, False)]  # "who sold more?" after EV sales: "sold" still means EV sales
    cue_words = frozenset(index for indexes in slots.operations.values() for index in indexes)
    spans = analysis.of(SpanKind.MEASURE)
    only_cues = all(span.indexes <= cue_words for span in spans)
    if not only_cues:  # "rank them by sales": "rank" is the operation, and "sales" the measure
        spans = tuple(span for span in spans if not span.indexes <= cue_words)
    own = [target for span in spans for target in span.targets if len(slots.measures) == 1 or span.exact]
    options: list[tuple[str | None, bool]] = []
    if not only_cues:
        options += [(measure, False) for measure in dict.fromkeys(own)][:1]
    if (not options or only_cues) and last_measure is not None:
        options.append((last_measure, True))  # "rank them": "rank" is an operation here, not a measure
    return options  # none when there is no measure to borrow: an operation over figures needs one


def _borrowing(
    analysis: Analysis,
    kb: KnowledgeBase,
    slots: Slots,
    context: Context,
    operation: Operation,
    own: tuple[str, ...],
    measure: str | None,
    measure_borrowed: bool,
) -> Reading | None:
    last = context.last
    assert last is not None
    borrowed = ["measure"] if measure_borrowed else []
    found = _subjects(analysis, kb, context, operation, own)
    reporting = {entity for _, entity in slots.reporters}
    if found is None or (found[1] and reporting & set(found[0])):  # "what did she say": she reported it
        return None
    subjects = found[0]
    borrowed += ["subjects"] if found[1] else []
    if operation.subjects is Subjects.ONE and not subjects and found[1] and last.group is not None:
        subjects = (last.group,)  # after a group's total, of one subject: the group, whose figure is that total
    if operation.subjects is Subjects.ONE and len(subjects) != 1:
        return None
    if operation.subjects is Subjects.TWO and len(subjects) != 2 and not (operation.series and len(subjects) == 1):
        return None
    periods = tuple(dict.fromkeys(period for _, period in slots.periods))
    if not periods and operation.series and len(context.recent_periods) >= 2 and len(set(subjects)) == 1:
        periods = context.recent_periods
        borrowed.append("periods")
    elif not periods and last.periods and operation.name != "change" and not slots.missing_periods:
        periods = borrowed_periods(kb, last, subjects, measure)
        borrowed.append("periods")
    elif _against_the_last(operation, subjects, periods, last, analysis):
        periods = (last.periods[0], *periods)  # "how does that compare with 2004?" after 2010's figure
        borrowed.append("periods")
    if not borrowed:
        return None
    kinds = _SLOT_KINDS if operation.needs_measure else _UNDATED_KINDS  # a period dates only figures
    used = [
        span
        for span in analysis.spans
        if span.kind in kinds or (span.kind is SpanKind.MEASURE and measure in span.targets)
    ]
    explained = indexes(used) | cue_words(operation, slots) | stated_share(kb, measure, slots)
    explained |= _group_total(kb, slots, operation, subjects) | direction_words(analysis, kb, operation.name, measure)
    explained -= unlike_bounds(analysis, operation.name)
    return Reading(
        operation=operation.name,
        missing_periods=tuple(dict.fromkeys(analysis.text_of(span.indexes) for span in slots.missing_periods)),
        subjects=subjects if operation.subjects is not Subjects.NONE else (),
        group=last.group if "subjects" in borrowed and not subjects else None,
        **_set_of_last(last, operation, subjects, borrowed),
        measure=measure,
        periods=periods,
        moved_from=moved_from(analysis, periods, last),
        market=_market_of_last(last, measure, kb),
        values=tuple(span.quantity for span in slots.figures if span.quantity is not None),
        size=set_size(analysis),
        explained=explained,
        borrowed=tuple(borrowed),
        cued=operation.name in slots.operations,
        **_combined_whole(operation, slots, own, last),
    )


def _combined_whole(operation: Operation, slots: Slots, own: tuple[str, ...], last: Reading) -> dict[str, Any]:
    """ "What share of A and B's combined total is that?": a share of the sum of the names the question lists (two
    or more of its own, the part the last answer was about among them), as the question asked whole would read it;
    "the alliance total" names one whole, which holds its member."""
    if operation.name != "share" or "sum" not in slots.asked or len(set(own)) < 2:
        return {}
    part = last.subjects[0] if len(last.subjects) == 1 and last.subjects[0] in own else None
    return {"combined": True, "last_named": part} if part is not None else {}


def _subjects(
    analysis: Analysis, kb: KnowledgeBase, context: Context, operation: Operation, own: tuple[str, ...]
) -> tuple[tuple[str, ...], bool] | None:
    """The subjects a follow-up is about, and whether any were borrowed: its own, with those the conversation points
    at where the question points back; None when what it points at cannot be the operation's subjects."""
    last = context.last
    assert last is not None
    wants_two = operation.subjects in (Subjects.SET, Subjects.TWO)
    if not own and operation.subjects is Subjects.SET:
        picked = (last.group or last.everyone) and len(context.answered) > 1
        # "rank them" after "which of them fell?": those that did; after "who is in the alliance?": its members
        listed = context.answered if picked else _members_listed(last, kb)
        if listed:
            return listed, True
    if not own and operation.subjects is Subjects.SET and (last.everyone or last.group):  # "and the lowest?"
        return None if context.answered and _singular(analysis, kb) else ((), True)  # "it": the one answered
    if not own:
        return (context.recent_subjects if wants_two else _referents(analysis, kb, context)), True
    if operation.subjects is Subjects.SET and _points_back(analysis, own) and context.recent_subjects:
        return tuple(dict.fromkeys((*context.recent_subjects, *own))), True  # "rank them along with X and Y"
    pointing = analysis.pronoun or analysis.follow_up
    if wants_two and len(own) == 1 and pointing and not (analysis.pronoun and total_parts(last)):
        pointed = last.subjects or ((last.group,) if last.group is not None else ())  # "that": a group's total too
        return ((*pointed[:1], *own) if pointed and pointed[0] not in own else own), True
    return own, False


def _members_listed(last: Reading, kb: KnowledgeBase) -> tuple[str, ...]:
    """The members the last answer listed (or counted), when it listed a group's."""
    if last.operation not in MEMBER_OPERATIONS or len(last.subjects) != 1:
        return ()
    return kb.entities[last.subjects[0]].members


def _set_of_last(last: Reading, operation: Operation, subjects: tuple[str, ...], borrowed: list[str]) -> dict[str, Any]:
    """ "And the lowest?" after "which state had the highest?": a set borrowed whole is everyone of the kinds the
    last one ranged over, less those it left out."""
    if operation.subjects is not Subjects.SET or subjects or "subjects" not in borrowed or not last.everyone:
        return {}
    return {"everyone": True, "kinds": last.kinds, "excluded": last.excluded}


def _market_of_last(last: Reading, measure: str | None, kb: KnowledgeBase) -> str | None:
    """The last question's market, where the measure asked now has figures in it: "Ardia's largest shop" and
    then "how many gadgets did it sell?" ask no gadget sales in Ardia, which no figure gives."""
    if last.market is None or measure is None:
        return last.market
    return last.market if last.market in kb.markets_by_measure.get(measure, frozenset()) else None
