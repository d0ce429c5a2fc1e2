"""Which set a reading over several figures ranges over, when the question does not list it: the whole a
part's share is of, the periods of one subject, the kind of thing named ("all the disaster types")."""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.spans import contains
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.operations import Operation
from factbot.understanding.reading import Reading
from factbot.understanding.slots import set_size


@lru_cache(maxsize=1024)
def whole_holding(kb: KnowledgeBase, part: str, measure: str) -> str | None:
    """The one group with a figure of the measure that lists `part` among its members: the whole a share of the
    part is of, when the question names no whole. Once per knowledge base, part and measure: it looks at every
    subject of the measure."""
    wholes = [subject for subject in kb.subjects_by_measure.get(measure, ()) if part in kb.entities[subject].members]
    return wholes[0] if len(wholes) == 1 else None


@lru_cache(maxsize=256)
def sole_holder(kb: KnowledgeBase, measure: str, periods: tuple[str, ...]) -> tuple[str, ...]:
    """The one subject with figures of the measure in every period asked, when several have the measure ("how many
    died in June?" when only the nation's monthly deaths are given): no other subject's figure could answer, so it
    is meant. Never a member of a group that has the measure (the group, lacking the period, may be the one meant),
    nor one of several subjects of its kind (a company among companies): only a subject unlike the others, the
    nation beside its states, stands for a question that names no one. Once per knowledge base, measure and
    periods: it looks at every figure of the measure in those periods, many in a large knowledge base."""
    held: set[str] | None = None
    for period in periods:
        subjects = {fact.subject for fact in kb.facts_by_measure_period.get((measure, period), ())}
        held = subjects if held is None else held & subjects
    if not held or len(held) != 1:
        return ()
    (subject,) = held
    others = [kb.entities[other] for other in kb.subjects_by_measure.get(measure, ()) if other != subject]
    kind = kb.entities[subject].kind
    if any(subject in other.members or other.kind == kind for other in others):
        return ()  # one of several of a kind ("how many were sold in 2020?" of one company among others): no one
    return (subject,)


def whole_by_figure(kb: KnowledgeBase, part: str, base: Reading) -> str | None:
    """The subject of the one figure of the measure the question quotes ("what percentage of the $306.2 billion
    came from X?"): the whole is named by its figure."""
    quoted = {value.value for value in base.values if not value.ordinal}
    if base.measure is None or not quoted:
        return None
    found = {
        fact.subject
        for subject in kb.subjects_by_measure.get(base.measure, ())
        for fact in kb.facts_by_key.get((subject, base.measure), ())
        if subject != part and fact.value in quoted and (not base.periods or fact.period in base.periods)
    }
    return found.pop() if len(found) == 1 else None


def over_time_only(kb: KnowledgeBase, name: str, operation: Operation, base: Reading) -> bool:
    """A group none of whose members has the measure makes a set over the two or more periods named, as any
    subject does."""
    members = kb.entities[name].members
    named = len(set(base.periods))
    fewest = 1 if base.yes_no and operation.name in ("extreme_max", "extreme_min") else 2  # "was 2017 the highest?"
    if not members or not operation.series or base.missing_periods or named < max(fewest, operation.series_periods):
        return False
    return not any(base.measure in kb.measures_of_subject.get(member, frozenset()) for member in members)


def counted_own_series(kb: KnowledgeBase, name: str, operation: Operation, base: Reading, analysis: Analysis) -> bool:
    """A group none of whose members has the measure, asked over periods the question counts ("the average over
    those three years"): a set of its own figures over time, as over periods named (`over_time_only`)."""
    measure = base.measure
    if measure is None or not operation.series or measure not in kb.measures_of_subject.get(name, frozenset()):
        return False
    members = kb.entities[name].members
    has = any(measure in kb.measures_of_subject.get(member, frozenset()) for member in members)
    return not has and periods_counted(analysis, kb) is not None


def kinds_named(
    analysis: Analysis, kb: KnowledgeBase, names: frozenset[int] = frozenset()
) -> tuple[frozenset[str], frozenset[int]]:
    """Entity kinds the question names ("which shop ..."): everyone, but only of that kind. Words of `names`
    (the question's names of things) are no kind asked of: "the seven states" names a group."""
    texts = analysis.texts
    kinds: set[str] = set()
    indexes: set[int] = set()
    for start in (start for start in range(len(texts)) if start not in names):
        for length in (length for length in (3, 2, 1) if start + length <= len(texts)):
            found = kb.kind_words.get(tuple(texts[start : start + length]))
            if found:
                kinds |= found
                indexes |= set(range(start, start + length))
                break
    return frozenset(kinds), frozenset(indexes)


def kinds_of(measure: str | None, analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """The words naming a kind of thing ("which state") that some subject of the measure is."""
    kinds, indexes = kinds_named(analysis, kb)
    if measure is None or not kinds:
        return frozenset()
    subjects = kb.subjects_by_measure.get(measure, ())
    return indexes if any(kb.entities[subject].kind in kinds for subject in subjects) else frozenset()


def whole_in_one_period(whole: str, base: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """A set of the declared whole's figures in the one period named is no set ("which had the most in 2025?"),
    nor is the one figure it has when no period is named ("which part took the least?"): the set is its parts'.
    "Was 2025 the worst year?" still sets the period against the whole's others."""
    entity = kb.entities[whole]
    if not entity.is_whole or entity.is_group or base.excluded or analysis.yes_no:
        return False
    if base.periods:
        return len(set(base.periods)) == 1
    return base.measure is not None and len(kb.facts_by_key.get((whole, base.measure), ())) == 1


def parts_named(whole: str, measure: str, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """The question names a kind of thing ("which state ...") that others with the measure are and the whole it
    would be taken to be about is not: it asks about those parts, not about the whole (the nation)."""
    named = (
        span
        for span in analysis.spans
        if span.kind is SpanKind.ENTITY or (span.kind is SpanKind.MEASURE and measure in span.targets)
    )
    kinds, _ = kinds_named(analysis, kb, frozenset(i for span in named for i in span.indexes))  # not the measure's
    if not kinds or kb.entities[whole].kind in kinds or kb.entities[whole].is_group:
        return False
    return any(kb.entities[other].kind in kinds for other in kb.subjects_by_measure.get(measure, ()))


def periods_counted(analysis: Analysis, kb: KnowledgeBase) -> tuple[int, str] | None:
    """How many periods the question counts, and the word it counts them in ("over those three years", "the
    last four quarters"): a series over them has that many figures, of spans of that kind, or it is not the
    series meant."""
    size = set_size(analysis)
    if size is None:
        return None
    words = analysis.words
    counted = [
        words[span.last].text
        for span in analysis.of(SpanKind.FIGURE)
        if span.last < len(words) and words[span.last].text in kb.period_words
    ]
    return (size, counted[0]) if counted else None


def counted_period_word(analysis: Analysis, kb: KnowledgeBase) -> str:
    """The word a series' periods are counted in ("over the three years": "year"); "" when none is."""
    counted = periods_counted(analysis, kb)
    return counted[1] if counted else ""


def nested_periods(kb: KnowledgeBase, periods: tuple[str, ...]) -> tuple[str, str] | None:
    """Two periods named, one inside the other ("the first half" and "June"): (outer, inner), else None."""
    if len(set(periods)) != 2:
        return None
    first, second = dict.fromkeys(periods)
    keys = kb.period(first).key, kb.period(second).key
    if keys[0] is None or keys[1] is None:
        return None
    if contains(keys[0], keys[1]):
        return first, second
    return (second, first) if contains(keys[1], keys[0]) else None
