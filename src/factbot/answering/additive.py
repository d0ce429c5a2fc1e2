"""Whether a measure's figures add up: members' counts make a group's count, their rates do not.

A group the sources give no figure of may be answered by its members' total only when that
total means the group's figure. Counted things (sales, workers, votes) add up; money may be a
price or a wage, a percentage is a share of something else, and a measure named as an
average, a rate or a figure "per" something is a middle value: adding those gives a number
that no source would state for the group.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase


def counts_things(kb: KnowledgeBase, measure: str) -> bool:
    """The measure counts things: no figure of it is money or a percentage, its unit is no currency or percent
    word, and its name has no rate word (the lexicon's `rate_words`)."""
    spec = kb.measures[measure]
    lexicon = kb.lexicon
    rate_words = {word for text in lexicon.rate_words for word in kb.normaliser.words(text)}
    if rate_words & set(kb.normaliser.words(spec.name)):
        return False
    unit_words = set(kb.normaliser.words(spec.unit))
    money = {word for unit in lexicon.currencies.values() for word in kb.normaliser.words(unit)}
    if unit_words & (money | kb.percent_words) or spec.unit.strip() == "%":
        return False
    return not any(fact.currency or fact.percent for fact in kb.facts_by_measure.get(measure, ()))
