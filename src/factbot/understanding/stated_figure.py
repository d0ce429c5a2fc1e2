"""The figure a statement states: "DOJ and 17 state AGs filed a complaint" answers a question about the complaint,
and states the count of states too.

A conversation that goes on from a statement with a question about an amount ("how many more is that?") asks about
the figure the statement's sentence states. When exactly one curated figure cites that sentence, it stands for what
the statement was asked about; with none, or several, nothing does (no guess).
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.understanding.reading import Reading


def stated_figure(kb: KnowledgeBase, reading: Reading) -> Reading | None:
    """A lookup of the one figure the sentence of the statement `reading` answers from states; None otherwise."""
    if reading.statement is None:
        return None
    evidence = kb.knowledge.statements[reading.statement].evidence
    if not evidence:
        return None
    facts = _facts_by_sentence(kb).get((evidence[0].source, evidence[0].sentence), ())
    if len(facts) != 1:
        return None
    fact = facts[0]
    return Reading(
        operation="lookup",
        subjects=(fact.subject,),
        measure=fact.measure,
        periods=(fact.period,) if fact.period else (),
        market=fact.market,
    )


@lru_cache(maxsize=64)
def _facts_by_sentence(kb: KnowledgeBase) -> dict[tuple[str, int], tuple[Fact, ...]]:
    """The facts citing each sentence, found once per knowledge base."""
    found: dict[tuple[str, int], tuple[Fact, ...]] = {}
    for fact in kb.knowledge.facts:
        key = (fact.evidence.source, fact.evidence.sentence)
        found[key] = (*found.get(key, ()), fact)
    return found
