"""A word of change ("increase", "drop") is explained by a reading over changes of that direction: "how many
times bigger was A's increase than B's" reads the rises the sources state of A and B. Only when every subject's
stated change goes the way the word says: a rise asked of a fall is not what the figures show."""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.reading import Reading


def stated_direction_words(
    analysis: Analysis, kb: KnowledgeBase, reading: Reading, rising: bool, falling: bool
) -> frozenset[int]:
    """The question's words of the direction asked, when the reading's subjects all have stated changes of the
    measure in that direction (for the periods read, if any); else none."""
    measure = reading.measure
    if rising == falling or measure is None or not reading.subjects or reading.statement is not None:
        return frozenset()
    changing = kb.measures[measure].is_change
    for subject in reading.subjects:
        moves = [
            fact
            for fact in kb.facts_by_key.get((subject, measure), ())
            if (fact.is_change or changing) and (not reading.periods or fact.period in reading.periods)
        ]
        if not moves or any((fact.value > 0) != rising or fact.value == 0 for fact in moves):
            return frozenset()
    words = kb.up_words if rising else kb.down_words
    return frozenset(index for index, word in enumerate(analysis.words) if word.text in words)
