"""A share the sources do not state, worked out from the measure it is a share of: the part over the whole.

A percent measure named as a share of another ("share of capacity added" of "generating capacity added",
`KnowledgeBase.share_of`) is stated for some subjects and periods only ("11% in the first half"). Where it is not
stated, the subject's figure of the other measure over the figure of the whole the document is about, for the
same period and market, is that share ("7.8 GW of the 35.2 GW planned"), shown with its working.
"""

from __future__ import annotations

from factbot.answering.alike import part_of_whole
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import capitalised, name, period_phrase, possessive
from factbot.answering.plan import outcome_of
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.collectives import proven_wholes
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


def worked_share(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The one subject's share worked out from its figure and the whole's, when the share asked is not stated."""
    if reading.measure is None or len(reading.subjects) != 1 or len(reading.periods) > 1:
        return None
    of = kb.share_of.get(reading.measure)
    subject = reading.subjects[0]
    wholes = [whole for whole in sorted(proven_wholes(kb)) if whole != subject]
    if of is None or subject in proven_wholes(kb) or len(wholes) != 1:
        return None
    part, whole = _one(reading, kb, subject, of), _one(reading, kb, wholes[0], of)
    if part is None or whole is None or whole.amount == 0 or (part.period, part.basis) != (whole.period, whole.basis):
        return None
    _, shown, line = part_of_whole(part, whole)
    text = (
        f"{capitalised(possessive(name(kb, subject)))} {kb.measures[reading.measure].name}"
        f"{period_phrase(kb, part.period)}: {shown} ({line}, of {name(kb, whole.subject)})."
    )
    return outcome_of(kb, text, [part, whole], [line], values=(part.amount / whole.amount * 100,))


def _one(reading: Reading, kb: KnowledgeBase, subject: str, measure: str) -> Value | None:
    """The subject's one figure of the measure in the period asked (its level, else the change stated)."""
    found = levels(kb, subject, measure, reading.periods, reading.market)
    found = found or changes(kb, subject, measure, reading.periods, reading.market)
    amounts = {value.amount for value in found}
    return found[0] if len(amounts) == 1 else None
