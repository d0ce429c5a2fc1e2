"""The share of one whole that several parts make together: `share(sum(parts), lookup(whole))`.

"What share of deaths were in X and Y?", "what share of all deaths is that?" after X and Y's total,
"what share were in the group?" of a group the sources give no figure of: the parts' figures are
added, then set over the whole's, all of one period.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from factbot.answering import sets
from factbot.answering.alike import moves
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import (
    NOT_ADDITIVE,
    bare,
    capitalised,
    inexact_note,
    name,
    names,
    period_phrase,
    possessive,
    significant,
)
from factbot.answering.plan import outcome_of
from factbot.answering.values import Value
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


def share_of_parts(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The parts' total as a percentage of the whole's figure: None unless every part and the whole have a
    figure of one period that may be added (no part counted twice, no change, no rate)."""
    measure, whole = reading.measure, reading.whole
    if measure is None or whole is None or kb.measures[measure].unit in NOT_ADDITIVE:
        return None
    parts = sets.standing_for(kb, (*reading.subjects, *((reading.group,) if reading.group else ())), measure)
    if not parts or whole in parts or not sets.disjoint(kb, parts):
        return None
    chosen = sets.one_each(kb, (*parts, whole), measure, reading.periods[:1], reading.market)
    if chosen is None or moves(kb, chosen[0]) or chosen[-1].amount <= 0:
        return None
    *counted, of_whole = chosen
    total = sum((value.amount for value in counted), Decimal(0))
    total_text = bare(kb, measure, total, of_whole.currency) if len(counted) > 1 else counted[0].text
    percent = total / of_whole.amount * 100
    shown = f"{significant(percent)}%"
    lines = [" + ".join(value.text for value in counted) + f" = {total_text}"] if len(counted) > 1 else []
    lines.append(f"{total_text} ÷ {of_whole.text} = {shown}")
    owner = _owner(kb, reading, counted, kb.measures[measure].name)
    text = f"{capitalised(owner)} are {shown} of {possessive(name(kb, whole))}{period_phrase(kb, of_whole.period)}"
    return outcome_of(kb, f"{text} ({'; '.join(lines)}).{inexact_note(chosen)}", chosen, lines, values=(percent,))


def _owner(kb: KnowledgeBase, reading: Reading, counted: Sequence[Value], measure: str) -> str:
    """ "Ardia's number of members", "the combined number of members of X and Y", or of a group by its name
    ("of the three regions")."""
    if len(counted) == 1:
        return f"{possessive(name(kb, counted[0].subject))} {measure}"
    named = (*reading.subjects, *((reading.group,) if reading.group is not None else ()))
    return f"the combined {measure} of {names(kb, named)}"
