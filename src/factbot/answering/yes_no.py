"""Yes/no is a wrapper, not an operation: any reading can be asked as a yes/no question.

The answer starts with "Yes" or "No" only when the evidence decides it:
- a figure the question states ("more than 20m barrels", "$300M") against the figure found;
- a comparison ("Did X sell more than Y?") against the comparison found;
- a superlative ("Is X the largest?") against the extreme found;
- membership ("Is X a member of G?") against G's members;
- a statement, by its polarity: "does California levy..." against "does not levy".
Otherwise the answer says the sources don't settle it, and gives what they do say.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

from factbot.answering.claimed_dates import claim_verdict
from factbot.answering.claimed_figures import admits, figures_meet
from factbot.answering.clause_polarity import said_polarity
from factbot.answering.clauses import said_of_another
from factbot.answering.departures import departure_verdict
from factbot.answering.directions import asks_which_way, moved_as_asked, went_up, which_way
from factbot.answering.equality import asks_equal, comparison_unsaid, equal_verdict
from factbot.answering.future_asked import asks_the_future
from factbot.answering.multiple_verdict import growth_ratio, multiple_verdict
from factbot.answering.negated_questions import negated_comparison
from factbot.answering.ordinal_claims import other_place_said
from factbot.answering.outcome import Outcome
from factbot.answering.own_places import with_own_places
from factbot.answering.pairs import pair_of
from factbot.answering.records import asked_record, asks_record, record_verdict
from factbot.answering.relative_change import admits_relative, relative_change
from factbot.answering.shares_beside import percent_of_an_amount, read_as_shares
from factbot.answering.top_places import top_outcome
from factbot.answering.values import levels
from factbot.knowledge.denials import negates
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence
from factbot.knowledge.quantities import Bound, Quantity
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.direction import comparison_words, degree_words
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading


def wrap_yes_no(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> Outcome | None:
    future = asks_the_future(reading, analysis, kb)
    if not future and reading.operation in ("lookup", "change") and asks_which_way(analysis, kb):
        went = which_way(reading, outcome, kb)  # "did it go up or down?": the way, not yes or no
        if went is not None:
            return replace(outcome, text=f"It went {'up' if went else 'down'}. {outcome.text}", verdict=went)
    outcome = top_outcome(reading, analysis, kb) or outcome  # "Are X and Y the two largest?": each one's place
    reading, outcome = read_as_shares(reading, outcome, analysis, kb) or (reading, outcome)  # the share beside
    verdict = None if future or percent_of_an_amount(reading, kb) else _verdict(reading, outcome, analysis, kb)
    outcome = with_own_places(reading, outcome, verdict, kb)  # "No. Y is second. X is third."
    if verdict is None:
        return replace(outcome, text=f"The sources don't settle that directly. They say: {outcome.text}", verdict=None)
    return replace(outcome, text=f"{'Yes' if verdict else 'No'}. {outcome.text}", verdict=verdict)


def _verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    if outcome.verdict is not None:
        return outcome.verdict
    if reading.operation == STATEMENT:
        claimed = claim_verdict(reading, analysis, kb)  # a date or place claimed: its own says no, or nothing
        return _same_polarity(reading, analysis, kb) if claimed else claimed
    if reading.operation in ("extreme_max", "extreme_min") and reading.subjects:
        top = bool(outcome.subjects) and outcome.subjects[0] in reading.subjects
        return top if top or all(_figured(kb, reading, subject) for subject in reading.subjects) else None
    if reading.operation in PAIRED:
        return _paired_verdict(reading, outcome, analysis, kb)
    return _figure_verdict(reading, outcome, analysis, kb)


PAIRED = frozenset({"compare", "ratio", "difference"})
"""Operations over two sides: the verdict sets one against the other."""


def _paired_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """ "Did X sell more than Y?" of a comparison, "does X exceed Y?" of a gap (a size: the pair says which is
    higher), "is X more than half Y?" of a ratio (against the factor), "the same", "as many as" of either."""
    if negated_comparison(analysis, kb):
        return None  # "didn't X sell more?" asks the positive, "is it true X did not?" the negative
    if reading.operation == "ratio":
        grown = growth_ratio(pair_of(reading, kb), analysis, kb) if analysis.multiples else None
        values = outcome.values if grown is None else (grown,)
        return multiple_verdict(values, analysis.multiples) if analysis.multiples else None
    values = outcome.values
    if reading.operation == "difference":  # the gap is a size: the pair says which is higher
        pair = pair_of(reading, kb)
        values = (pair[0].amount, pair[1].amount) if pair else ()
    if len(values) != 2:
        return None
    if asks_equal(analysis) and _asks_higher(analysis, kb) is None:
        return equal_verdict(reading, _ordered(reading, values, kb), analysis)  # equal, or at least ("as ... as")
    return _first_is_higher(reading, values, analysis, kb)


def _figured(kb: KnowledgeBase, reading: Reading, subject: str) -> bool:
    """Whether the sources give the subject a figure of the measure in the periods asked: of a subject they give
    none, another being the largest does not say it is not among the largest ("in the top ten")."""
    if kb.entities[subject].members or reading.measure is None:
        return True
    facts = kb.facts_by_key.get((subject, reading.measure), ())
    return any(not reading.periods or fact.period in reading.periods for fact in facts)


SINGLE_FIGURE = frozenset({"lookup", "sum", "average"})
"""Operations whose figures a claimed figure ("more than 10 million") is checked against as they stand."""


def _figure_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """A figure the question states against the one found, else the direction asked against the change."""
    rank = reading.measure is not None and kb.measures[reading.measure].unit == "rank"
    claimed = [value for value in reading.values if (rank or not value.ordinal) and not value.attributive]
    record = reading.operation == "lookup" and asks_record(analysis, kb)
    if record or (reading.operation in SINGLE_FIGURE and claimed and outcome.values):
        bounded = [found for value in claimed if (found := _than_bound(value, analysis, kb)) is not None]
        return _claimed_verdict(reading, outcome, analysis, kb, bounded) if len(bounded) == len(claimed) else None
    if reading.operation == "change" and claimed:
        return _change_size_verdict(reading, outcome, analysis, kb, claimed)
    if reading.operation == "lookup" and rank and outcome.values and _asks_the_top(analysis):
        return all(found == 1 for found in outcome.values)  # "Is X the largest?" of a rank: first or not
    if reading.operation in ("lookup", "change") and reading.measure is not None:
        departure = departure_verdict(reading, outcome, analysis, kb)  # "above the average": the figure's sign
        return departure if departure is not None else _direction_verdict(reading, outcome, analysis, kb)
    return None


def _claimed_verdict(
    reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase, claimed: list[Quantity]
) -> bool | None:
    """The figure stated against the one found, and a record asked of against what the source calls one. A rank
    stated "on record" ("the 20th wettest on record") is the claim: "on record" there asks no record."""
    kind = asked_record(analysis, kb)
    if not claimed or not outcome.values:
        return record_verdict(reading, kb, kind) if kind else None
    stated = figures_meet(reading, claimed, _levels_found(reading, outcome, kb), kb)
    rank = reading.measure is not None and kb.measures[reading.measure].unit == "rank"
    if not stated or rank or reading.operation != "lookup" or kind is None:
        return stated
    return record_verdict(reading, kb, kind)


def _than_bound(value: Quantity, analysis: Analysis, kb: KnowledgeBase) -> Quantity | None:
    """ "Is X deeper than 130 feet?": a figure after "than" is a bound the way the comparative asks, never a
    figure claimed exactly (which 139 would not be, for a confident "No"); None when the way is unsaid."""
    if value.bound is not Bound.EXACT:
        return value
    spans = [span for span in analysis.of(SpanKind.FIGURE) if span.quantity is value]
    if not spans or spans[0].first == 0 or analysis.words[spans[0].first - 1].text != THAN:
        return value
    higher = _asks_higher(analysis, kb)
    if higher is None:
        return None
    return replace(value, bound=Bound.MORE_THAN if higher else Bound.LESS_THAN)


THAN = "than"


def _levels_found(reading: Reading, outcome: Outcome, kb: KnowledgeBase) -> tuple[Decimal, ...]:
    """The figures a claimed figure is checked against: of a lookup, the levels it read, not the change shown
    beside them ("under 20?" of a rate of 20.3 that fell 9 is not met by the 9)."""
    if reading.operation != "lookup" or reading.measure is None:
        return outcome.values
    found = tuple(
        value.amount
        for subject in reading.subjects
        for value in levels(kb, subject, reading.measure, reading.periods, reading.market)
    )
    return found if found and set(found) <= set(outcome.values) else outcome.values


def _direction_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """ "Is production forecast to rise?", "Did employment grow?": the change's sign against the direction asked."""
    words = {word.text for word in analysis.words}
    up, down = bool(words & kb.up_words), bool(words & kb.down_words)
    if up == down or reading.measure is None:
        return None
    return moved_as_asked(reading, outcome, kb, up)


def _change_size_verdict(
    reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase, claimed: list[Quantity]
) -> bool | None:
    """ "Did X lose more than 15 points?": the size of the one change found against the figure claimed, after its
    direction. Only a figure that is plainly a size of change is weighed: points of a percentage, or a figure
    after "by"; "fall to 45%" names a level, and "fall 20%" of a count may be relative. A move the sources say
    only in words (`Outcome.direction`) has a way and no size: its figure is the level, never the change."""
    if len(outcome.values) != 1 or reading.measure is None:
        return None
    delta = outcome.values[0]
    said = outcome.direction
    went = went_up(kb, reading.measure, delta, said)
    words = {word.text for word in analysis.words}
    up, down = bool(words & kb.up_words), bool(words & kb.down_words)
    if went is not None and up != down and went != up:
        return False  # it went the other way
    percent = kb.measures[reading.measure].unit == "percent"
    after_by = _after_by(analysis) + _after_direction(analysis, kb, percent)
    if all(_bounds_a_level(value, percent) and value not in after_by for value in claimed):
        return _level_verdict(reading, kb, claimed)
    if said is not None or not all((value.points and percent) or value in after_by for value in claimed):
        return None
    if any(value.percent and not percent for value in claimed):  # "by 25%" of widgets: relative to the earlier
        relative = relative_change(reading, kb)
        return None if relative is None else all(admits_relative(value, abs(relative)) for value in claimed)
    return all(admits(value, abs(delta), kb) for value in claimed)


def _bounds_a_level(value: Quantity, percent: bool) -> bool:
    """ "fall below 15%", "rise above 20 million": a bound after the direction names the level reached."""
    return value.bound in (Bound.MORE_THAN, Bound.LESS_THAN) and not value.points and value.percent == percent


def _level_verdict(reading: Reading, kb: KnowledgeBase, claimed: list[Quantity]) -> bool | None:
    """The one level of the named period against the bound claimed; with no period named ("has it dropped below
    15%?"), the latest level the sources give. Unsettled without exactly one."""
    if reading.measure is None:
        return None
    found = [
        value
        for subject in reading.subjects
        for value in levels(kb, subject, reading.measure, reading.periods[:1], reading.market)
    ]
    if not reading.periods and found:
        latest = max(kb.period_order(value.period) for value in found)
        found = [value for value in found if kb.period_order(value.period) == latest]
    return all(admits(value, found[0].amount, kb) for value in claimed) if len(found) == 1 else None


def _after_by(analysis: Analysis) -> list[Quantity]:
    """The figures the question writes right after "by" ("fell by 2 million")."""
    words = analysis.words
    return [
        span.quantity
        for span in analysis.of(SpanKind.FIGURE)
        if span.quantity is not None and min(span.indexes) > 0 and words[min(span.indexes) - 1].text == "by"
    ]


def _after_direction(analysis: Analysis, kb: KnowledgeBase, percent: bool) -> list[Quantity]:
    """ "Did imports go up 300,000 bags?": a figure right after a word of direction, in the measure's own kind (a
    percent of a percentage, an amount of an amount), is the size of the change; "fall 20%" of a count may be
    relative, "rise to 3 million" and "fall below 40%" name a level."""
    words, moving = analysis.words, kb.up_words | kb.down_words
    return [
        span.quantity
        for span in analysis.of(SpanKind.FIGURE)
        if span.quantity is not None
        and span.quantity.is_exact
        and span.quantity.percent == percent
        and min(span.indexes) > 0
        and words[min(span.indexes) - 1].text in moving
    ]


def _first_is_higher(
    reading: Reading, values: tuple[Decimal, ...], analysis: Analysis, kb: KnowledgeBase
) -> bool | None:
    """ "Did X sell more than Y?", "Was production lower in 2016 than in 2013?": the first named against the second."""
    asked_higher = _asks_higher(analysis, kb)
    if asked_higher is None:
        return None
    first, second = _ordered(reading, values, kb)
    if first == second:
        return False
    return (first > second) == asked_higher


def _ordered(reading: Reading, values: tuple[Decimal, ...], kb: KnowledgeBase) -> tuple[Decimal, ...]:
    """The figures so that the higher is the greater: of a rank, a lower number is the higher place."""
    if reading.measure is not None and kb.measures[reading.measure].unit == "rank":
        return tuple(-value for value in values)
    return values


def _asks_the_top(analysis: Analysis) -> bool:
    return any({"extreme_max", "extreme_min"} & set(span.targets) for span in analysis.of(SpanKind.CUE))


def _asks_higher(analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """Whether the question asks "more/higher" (True) or "less/lower" (False). A word of speed after "more" or
    "less" says which way: "more slowly" asks lower, "less quickly" lower, "more quickly" higher."""
    texts = [word.text for word in analysis.words]
    faster, slower = comparison_words(kb, "faster"), comparison_words(kb, "slower")
    higher = comparison_words(kb, "higher") | degree_words(kb) | faster
    lower = comparison_words(kb, "lower") | slower
    sides: set[bool] = set()
    paired: set[int] = set()
    for index, (text, following) in enumerate(itertools.pairwise(texts)):
        if text in (higher | lower) - faster - slower and following in faster | slower:
            sides.add((text in higher) == (following in faster))
            paired |= {index, index + 1}
    for index, text in enumerate(texts):
        if index not in paired and (text in higher) != (text in lower):
            sides.add(text in higher)
    return sides.pop() if len(sides) == 1 else None


def _same_polarity(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """Yes when the question and the statement agree on "not"; no when exactly one of them negates.

    Only a statement that says every word the question asks is checked: "did Acme take up the option?"
    is not settled by a sentence that Acme was given it, whatever the polarity.
    """
    if reading.statement is None or _unsaid(reading, analysis) or comparison_unsaid(reading, analysis):
        return None
    statement = kb.knowledge.statements[reading.statement]
    involved = statement.about + statement.people
    if any(_said_of_another(item.quote, involved, analysis, kb) for item in statement.evidence):
        return None  # the words are there, but said of another name
    if _asks_the_top(analysis) and _ranked_lower(statement.evidence, analysis, kb):
        return None  # "the second largest" is no answer to "the largest?", either way
    quotes = [item.quote for item in statement.evidence]
    if other_place_said(analysis, quotes, kb):
        return False  # "the first year?" of "the third consecutive year"
    text_words = kb.normaliser.words(" ".join(quotes))
    direction = _direction_said(text_words, analysis, kb)
    if direction is not True:
        return direction
    asked = tuple(word.text for word in analysis.words)
    said = said_polarity(statement, text_words, analysis, kb)
    return None if said is None else said == negates(asked, kb)


def _direction_said(text_words: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """A rise asked of a statement that tells only of a fall is a No; of one that tells of both, unsettled (the
    rise may be another thing's: "a reduction in the carryover and increases in demand"). True: no conflict."""
    asked = {word.text for word in analysis.words}
    asks_up, asks_down = bool(asked & kb.up_words), bool(asked & kb.down_words)
    if asks_up == asks_down:
        return True
    said = set(text_words)
    says_up, says_down = bool(said & kb.up_words), bool(said & kb.down_words)
    same, opposite = (says_up, says_down) if asks_up else (says_down, says_up)
    if opposite and same:
        return None
    return not opposite


def _ranked_lower(evidence: tuple[Evidence, ...], analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Whether the quotes rank something below the top ("the second largest") where the question names no place."""
    words = kb.normaliser.words
    ordinals = {word for text, place in kb.lexicon.numerals.ordinal_words.items() if place > 1 for word in words(text)}
    asked = {word.text for word in analysis.words}
    said = {word for item in evidence for word in words(item.quote)}
    return bool(said & ordinals) and not asked & ordinals


def _said_of_another(quote: str, involved: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase) -> bool:
    spans = analysis.of(SpanKind.ENTITY)
    asked = {entity for span in spans for entity in span.targets}
    in_names = {index for span in spans for index in span.indexes}
    names = [{analysis.words[index].text for index in span.indexes} - kb.stopwords for span in spans]
    others = {
        word.text
        for index, (word, weight) in enumerate(zip(analysis.words, analysis.weights, strict=True))
        if weight > 0 and index not in in_names
    }
    words = kb.normaliser.words
    elsewhere = [
        set(words(alias)) - kb.stopwords
        for entity in dict.fromkeys(involved)
        if entity not in asked and entity in kb.entities
        for alias in (kb.entities[entity].name, *kb.entities[entity].aliases)
    ]
    return said_of_another(quote, names, others, elsewhere, kb.normaliser)


def _unsaid(reading: Reading, analysis: Analysis) -> bool:
    return any(weight > 0 and index not in reading.explained for index, weight in enumerate(analysis.weights))


__all__ = ["SpanKind", "wrap_yes_no"]
