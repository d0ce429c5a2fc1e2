"""A measure whose name ends in a word of change ("capacity added", "jobs lost") and whose figures are plain.

A question saying the name ("how much was added?") asks a change, and plain figures are levels: most such
questions go unanswered, and `verify --probe` reports the facts unreached without saying why. The curator's
guide has the fix (`is_change: true`, values signed); this lint points at it.
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.model import Knowledge
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.knowledge.text import Normaliser
from factbot.verification.findings import WARNING, Finding


def lint_change_names(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """A warning for each measure of plain figures whose name holds a word of rise or fall."""
    lexicon = knowledge.lexicon
    moving = {word for text in (*lexicon.up_words, *lexicon.down_words) for word in normaliser.words(text)}
    changed = {fact.measure for fact in knowledge.facts if fact.is_change}
    for measure in knowledge.measures.values():
        if measure.is_change or measure.unit in (PERCENT_UNIT, RANK_UNIT) or measure.id in changed:
            continue
        last = measure.name.split()[-1:]  # "capacity added", "jobs lost"; not "higher education spending"
        said = [word for word in last if set(normaliser.words(word)) & moving]
        if said:
            yield Finding(
                WARNING,
                measure.id,
                f"measure {measure.id!r} is named by the word of change {said[0]!r} but its figures are plain "
                "amounts: questions saying it ask a change and go unanswered; if each figure is an amount added "
                "or lost, set `is_change: true` and sign the values ('+5.9'); a name whose word is no change of "
                "its figures ('value added') may stay as it is",
            )
