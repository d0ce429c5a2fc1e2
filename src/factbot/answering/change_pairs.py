"""Two subjects' stated changes side by side: how far apart they are, and which is higher.

The figures are signed changes of one measure and one period ("up 72,000 jobs", "down 12,000 jobs"),
so the answer says they are changes and shows the working with the signs kept: "30 − (−20) = 50".
Asked of a fall ("did X lose more than Y?"), the comparison is of the falls.
"""

from __future__ import annotations

from factbot.answering.alike import minus, shown
from factbot.answering.comparatives import lower_word
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import bare, capitalised, computed, inexact_note, name, period_phrase, possessive
from factbot.answering.plan import outcome_of
from factbot.answering.values import Value
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


def difference_of_changes(kb: KnowledgeBase, first: Value, second: Value) -> Outcome:
    """The gap between two changes: the higher less the lower, in the measure's unit."""
    higher, lower = (first, second) if first.amount >= second.amount else (second, first)
    gap = higher.amount - lower.amount
    line = f"{minus(higher, lower)} = {bare(kb, first.measure, gap, first.currency)}"
    measure = kb.measures[first.measure].name
    amount = computed(kb, first.measure, gap, first.currency)
    text = (
        f"The change in {measure}{period_phrase(kb, higher.period)} was {amount} "
        f"higher for {name(kb, higher.subject)} ({shown(kb, higher)}) than for {name(kb, lower.subject)} "
        f"({shown(kb, lower)}): {line}."
    )
    return outcome_of(kb, text + inexact_note((first, second)), (first, second), [line], values=(gap,))


def compare_changes(kb: KnowledgeBase, reading: Reading, first: Value, second: Value) -> Outcome:
    """Which change is higher; asked of a fall, which fall is larger. The outcome's values are in the order the
    question names them, as the yes/no wrapper reads them (falls as positive amounts)."""
    measure = kb.measures[first.measure].name
    sign = -1 if reading.falling else 1
    one, other = sign * first.amount, sign * second.amount
    higher, lower = (first, second) if one >= other else (second, first)
    what, word = ("fall in", "larger") if reading.falling else ("change in", "higher")
    if reading.lower:  # "which fell less?": the smaller named first, as asked
        higher, lower, word = lower, higher, lower_word(word)
    if one == other:
        text = f"{capitalised(name(kb, first.subject))} and {name(kb, second.subject)} had the same {what} {measure}"
    else:
        text = (
            f"{capitalised(possessive(name(kb, higher.subject)))} {what} {measure} was {word} than "
            f"{possessive(name(kb, lower.subject))}"
        )
    text += f"{period_phrase(kb, first.period)}: {shown(kb, higher)} against {shown(kb, lower)}."
    return outcome_of(
        kb,
        text + inexact_note((first, second)),
        (first, second),
        values=(one, other),
        subjects=(higher.subject, lower.subject),
    )
