"""What an unknown answer blames: only the words the sources truly do not cover.

"The sources don't cover X" is the user's one hint for rephrasing, so it must not name a word
the knowledge does cover. The best reading may leave a word unexplained that another reading
explains: a statement read for "median weekly earnings in 2014" leaves "median", which the
measure's name explains. So a word is blamed only when no reading explains it. And when no
reading could be made at all, the question may still name things the sources know (an
entity beside a word they lack): those are what is known nearby, not "nothing".
"""

from __future__ import annotations

from collections.abc import Sequence

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.decide import Scored
from factbot.understanding.reading import Reading


def uncovered(best: Scored, scored: Sequence[Scored], analysis: Analysis, kb: KnowledgeBase) -> list[str]:
    """The words the best reading leaves unexplained that every other reading leaves unexplained too, and that
    name nothing the knowledge holds (a measure's name is covered even where no reading could use it), as typed;
    never a stopword."""
    left = [set(item.score.unexplained) for item in scored]  # every reading is scored over the same weighty words
    named = {analysis.words[index].surface for span in analysis.spans if span.targets for index in span.indexes}
    return [
        word
        for word in best.score.unexplained
        if all(word in each for each in left) and word not in named and word.lower() not in kb.stopwords
    ]


def named_only(analysis: Analysis, kb: KnowledgeBase) -> tuple[list[str], Reading | None]:
    """When no reading could be made: the weighty words that name nothing the knowledge holds, and a reading of
    the entities or the one measure the question names (for what the sources give about them), or None when it
    names neither."""
    inside = {index for span in analysis.spans if span.targets for index in span.indexes}
    words = analysis.words
    blamed = [
        words[index].surface
        for index, weight in enumerate(analysis.weights)
        if weight > 0 and index not in inside and words[index].text not in kb.stopwords
    ]
    blamed = list(dict.fromkeys(blamed))
    subjects = tuple(dict.fromkeys(target for span in analysis.of(SpanKind.ENTITY) for target in span.targets))
    named = {target for span in analysis.of(SpanKind.MEASURE) if span.exact for target in span.targets}
    if not subjects:
        return blamed, (Reading(operation="lookup", measure=named.pop()) if len(named) == 1 else None)
    measures = named or {fact.measure for subject in subjects for fact in kb.facts_by_subject.get(subject, ())}
    measure = measures.pop() if len(measures) == 1 else None  # their one measure: its figures are what is near
    return blamed, Reading(operation="lookup", subjects=subjects, measure=measure)
