"""Statement readings: the statements a question could be asking about, found like documents.

A statement that shares only names, periods or operation words with the question is no
answer to it ("What about Honda?", "And in 2016?" are not asking for every sentence that
mentions Honda or 2016): a statement reading must explain at least one other word.

Candidates come from an inverted index of statement words and the entities statements
are about, so a question costs a few look-ups however many statements there are. Each
candidate reading explains the question words the statement contains (its answer, quote,
keywords, date and the names of its entities); scoring weighs them, rare words above
common ones, so a statement that shares only a name explains too little to be chosen.
"""

from __future__ import annotations

from itertools import pairwise

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.operations import ELAPSED, FIGURE_OPERATIONS, STATEMENT
from factbot.understanding.reading import Reading

MAX_STATEMENTS = 8
"""Only the best few statements become readings; the rest could not win anyway."""
DATE_KINDS = ("date", "event")


def statement_readings(analysis: Analysis, kb: KnowledgeBase, limit: int | None = MAX_STATEMENTS) -> list[Reading]:
    weighty = [index for index, weight in enumerate(analysis.weights) if weight > 0]
    found: set[int] = set()
    for index in weighty:
        found.update(kb.statements_by_word.get(analysis.words[index].text, ()))
    for span in analysis.of(SpanKind.ENTITY):
        for entity in span.targets:
            found.update(kb.statements_about.get(entity, ()))
    wanted = analysis.wanted_kinds
    if analysis.asks_amount:  # "how much", "what was the value": only a statement with a figure can say,
        dated = any(ELAPSED in span.targets for span in analysis.of(SpanKind.CUE))  # or a date, "how long after"
        statements = kb.knowledge.statements
        found = {n for n in found if kb.statement_has_figure[n] or (dated and statements[n].when is not None)}
    readings = [_reading(number, analysis, kb, weighty, wanted) for number in found]
    slots = {index for span in analysis.spans if span.kind is not SpanKind.MEASURE for index in span.indexes}
    asks_about_name = analysis.question_word is not None and not analysis.follow_up
    names = {index for span in analysis.of(SpanKind.ENTITY) for index in span.indexes}
    readings = [
        reading
        for reading in readings
        if any(index not in slots for index in reading.explained) or (asks_about_name and reading.explained & names)
    ]
    statements = kb.knowledge.statements
    readings.sort(key=lambda reading: (-analysis.weight(reading.explained), statements[reading.statement or 0].id))
    return readings[:limit]


def _reading(number: int, analysis: Analysis, kb: KnowledgeBase, weighty: list[int], wanted: frozenset[str]) -> Reading:
    statement = kb.knowledge.statements[number]
    words = kb.statement_words[number]
    own_words = kb.statement_own_words[number]
    stopwords = {index for index, word in enumerate(analysis.words) if word.text in kb.stopwords}
    slots = {index for span in analysis.spans if span.kind is not SpanKind.MEASURE for index in span.indexes}
    explained = {index for index in weighty if index not in slots and analysis.words[index].text in words}
    explained |= _cues_stated(analysis, kb, words)
    involved = {*statement.about, *statement.people, *((statement.place,) if statement.place else ())}
    for span in analysis.of(SpanKind.ENTITY):
        spelt_out = all(analysis.words[index].text in own_words for index in span.indexes if index not in stopwords)
        if involved & set(span.targets) or spelt_out:
            explained |= span.indexes
    for span in (*analysis.of(SpanKind.PERIOD), *analysis.of(SpanKind.FIGURE)):
        if _states(statement, own_words, span):
            explained |= span.indexes
    kind_match = _kind_matches(statement, wanted)
    if kind_match:  # "what caused ...": the word that asks for a reason is explained by a reason
        explained |= _kind_cue_indexes(analysis, kb, wanted)
    texts = [word.text for index, word in enumerate(analysis.words) if analysis.weights[index] > 0]
    pairs = kb.statement_pairs[number]
    matched = {analysis.words[index].text for index in explained}
    return Reading(
        operation=STATEMENT,
        statement=number,
        explained=frozenset(explained),
        kind_match=kind_match,
        proximity=sum(1 for pair in pairwise(texts) if pair in pairs),
        focus=round(len(matched & words) / max(len(words), 1), 3),
    )


def _cues_stated(analysis: Analysis, kb: KnowledgeBase, words: frozenset[str]) -> set[int]:
    """An operation word ("biggest") is a statement's only when the question asks no measured quantity and
    the statement says the same in any of that operation's words ("Ticketmaster was the largest ...")."""
    measured = bool(analysis.of(SpanKind.MEASURE))
    explained: set[int] = set()
    for span in analysis.of(SpanKind.CUE):
        if "change" in span.targets and words & (kb.up_words | kb.down_words):
            explained |= span.indexes  # "why did imports drop?": the statement says they slipped
            continue
        if measured and not set(span.targets) & _STATED_SUPERLATIVES:
            continue
        if analysis.asks_amount and set(span.targets) & FIGURE_OPERATIONS:
            continue  # "how many years after": a sentence saying "after" computes nothing
        intents = {related for intent in span.targets for related in _RELATED.get(intent, (intent,))}
        if any(kb.cue_words.get(intent, frozenset()) & words for intent in intents):
            explained |= span.indexes
    return explained


_RELATED = {"compare": ("compare", "extreme_max", "extreme_min")}
_STATED_SUPERLATIVES = frozenset({"extreme_max", "extreme_min"})
"""A text often states who is largest ("the largest-producing oil field") where no figure would show it."""
"""A statement saying "the largest" answers "which was bigger" too: comparing is ranking two."""


def _states(statement: Statement, words: frozenset[str], span: Span) -> bool:
    """A period or figure of the question is this statement's date, or written in its own words (not in the
    aliases of the entities it is about: "the 2010 consent decree" does not date a statement about it)."""
    if span.key is not None and statement.when is not None:
        return statement.when.year == span.key.year
    if span.key is not None:
        return str(span.key.year) in words
    return span.quantity is not None and f"{abs(span.quantity.value).normalize():f}" in words


def _kind_cue_indexes(analysis: Analysis, kb: KnowledgeBase, wanted: frozenset[str]) -> set[int]:
    texts = [word.text for word in analysis.words]
    found: set[int] = set()
    for kind in wanted:
        for cue in kb.statement_kind_cues.get(kind, ()):
            for start in range(len(texts) - len(cue) + 1):
                if tuple(texts[start : start + len(cue)]) == tuple(cue):
                    found.update(range(start, start + len(cue)))
    return found


def _kind_matches(statement: Statement, wanted: frozenset[str]) -> bool:
    if "date" in wanted and (statement.when is not None or statement.kind in DATE_KINDS):
        return True
    if "agent" in wanted and (bool(statement.people) or statement.kind in ("report", "quote", "event")):
        return True
    return statement.kind in wanted
