"""Statement readings: the statements a question could be asking about, found like documents.

A statement that shares only names, periods or operation words with the question is no
answer to it ("What about Honda?", "And in 2016?" are not asking for every sentence that
mentions Honda or 2016): a statement reading must explain at least one other word.

Each candidate reading explains the question words the statement contains (its answer,
quote, keywords, date and the names of its entities); the best `MAX_STATEMENTS` by the
weight they explain, rare words above common ones, become readings. Which are best is
decided from the index (`statement_search`): a year alone is in a tenth of all dated
statements, and reading each of them would make a question's cost grow with the
knowledge. Asked for every kept reading (`limit=None`: the events of "how long between"),
the search still reads only the statements that are kept. A question the search cannot take
(`None`) reads every statement that shares a word with it, as `exhaustive_readings` does;
both give the same readings.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from factbot.knowledge.denials import denial_words
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.knowledge.period_keys import PeriodKind
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading, revised
from factbot.understanding.statement_basis import basis_said
from factbot.understanding.statement_direction import opposite_dropped
from factbot.understanding.statement_query import (
    StatementQuery,
    explained,
    kept,
    kind_matches,
    placed_alike,
    says_phrase,
    statement_query,
    states,
)
from factbot.understanding.statement_search import best_statements

MAX_STATEMENTS = 8
"""Only the best few statements become readings; the rest could not win anyway."""
_STATEMENT = Reading(operation=STATEMENT)


def statement_readings(
    analysis: Analysis, kb: KnowledgeBase, limit: int | None = MAX_STATEMENTS, floor: float = -1.0
) -> list[Reading]:
    """The best statements as readings. `floor` (`statement_floor`): a statement the search finds explaining
    less weight than this could not change the decision, and is not read (a question the search cannot take
    reads every statement, as before)."""
    if floor > analysis.total_weight:
        return []  # no statement explains more than the whole question: none can matter, and none is looked at
    query = statement_query(analysis, kb)
    chosen = best_statements(query, kb, limit if limit is not None else len(kb.knowledge.statements), floor)
    if chosen is None:
        return exhaustive_readings(analysis, kb, query, limit)
    return [statement_reading(number, query, kb, words) for number, words in chosen]  # best first, as `_ordered` sorts


def exhaustive_readings(
    analysis: Analysis, kb: KnowledgeBase, query: StatementQuery | None = None, limit: int | None = MAX_STATEMENTS
) -> list[Reading]:
    """Every statement sharing a weighty word or a named entity with the question, read one by one."""
    query = query or statement_query(analysis, kb)
    found: set[int] = set()
    for index in query.weighty:
        found.update(kb.statements_by_word.get(analysis.words[index].text, ()))
    for span in analysis.of(SpanKind.ENTITY):
        for entity in span.targets:
            found.update(kb.statements_about.get(entity, ()))
    if analysis.asks_amount:  # "how much", "what was the value": only a statement with a figure can say,
        statements = kb.knowledge.statements  # or a date, "how long after"
        dated = query.elapsed
        found = {n for n in found if kb.statement_has_figure[n] or (dated and statements[n].when is not None)}
    found = set(opposite_dropped(analysis, kb, frozenset(found)))
    readings = [statement_reading(number, query, kb) for number in found]
    return _ordered([reading for reading in readings if kept(query, reading.explained)], query, kb, limit)


def _ordered(readings: list[Reading], query: StatementQuery, kb: KnowledgeBase, limit: int | None) -> list[Reading]:
    statements = kb.knowledge.statements
    weight = query.analysis.weight
    readings.sort(key=lambda reading: (-weight(reading.explained), statements[reading.statement or 0].id))
    return readings[:limit]


def statement_reading(
    number: int, query: StatementQuery, kb: KnowledgeBase, found: frozenset[int] | None = None
) -> Reading:
    """One statement read from its record: what it explains (unless the search has worked it out: `found`),
    whether it is of the kind asked, how close."""
    analysis = query.analysis
    statement = kb.knowledge.statements[number]
    words = kb.statement_words[number]
    kind_match = kind_matches(statement, query.wanted)
    pairs = kb.statement_pairs[number]
    if found is None:
        own_words = kb.statement_own_words[number]
        involved = {*statement.about, *statement.people, *((statement.place,) if statement.place else ())}
        found = explained(
            query,
            words,
            [
                bool(stating & words) or bool(phrases & pairs)
                for (_, stating), phrases in zip(query.cues, query.cue_phrases, strict=True)
            ],
            [
                bool(involved & test.targets)
                or all(word in own_words for word in test.spelt)
                or (query.relates_names and placed_alike(statement, test.targets, kb))
                for test in query.entities
            ],
            [
                states(statement, own_words, span, query.date_claimed) or says_phrase(pairs, phrase)
                for span, phrase in zip(query.dated, query.dated_phrases, strict=True)
            ],
            kind_match,
        )
    asked = tuple(word.text for word in analysis.words)
    found |= basis_said(number, analysis, kb) | denial_words(words, pairs, asked, kb)  # "counted" of "exclude"
    found -= _unstated_parts(statement, words, query)
    texts = {analysis.words[index].text for index in found}
    return revised(
        _STATEMENT,
        statement=number,
        explained=found,
        kind_match=kind_match,
        proximity=sum(1 for pair in query.neighbours if pair in pairs),
        focus=round(len((texts | query.fillers) & words) / max(len(words), 1), 3),
        quoted=_quoted(texts - kb.stopwords, number, kb),
    )


FINER_THAN_A_YEAR = frozenset({PeriodKind.MONTH, PeriodKind.DATE, PeriodKind.QUARTER, PeriodKind.HALF})


def _unstated_parts(statement: Statement, words: frozenset[str], query: StatementQuery) -> frozenset[int]:
    """The words of a month, quarter or day the question names that the statement does not state: "since early
    2022" says nothing of March 2022. Dated, it states the part it is dated in; undated, the words it has."""
    unstated: set[int] = set()
    for span in query.analysis.of(SpanKind.PERIOD):
        key = span.key
        if key is None or key.kind not in FINER_THAN_A_YEAR:
            continue
        when = statement.when
        if when is not None and when.part:
            stated = (when.year, when.part) == (key.year, key.part)
        else:
            stated = all(query.analysis.words[index].text in words for index in span.indexes)
        if not stated:
            unstated |= span.indexes
    return frozenset(unstated)


def _quoted(matched: set[str], number: int, kb: KnowledgeBase) -> float:
    """The share of the matched words that the statement's quoted source text says (`Reading.quoted`)."""
    if not matched:
        return 0.0
    return round(len(matched & _quote_words(number, kb)) / len(matched), 3)


_QUOTE_WORDS: WeakKeyDictionary[KnowledgeBase, dict[int, frozenset[str]]] = WeakKeyDictionary()
"""Each statement's quoted words, read once per knowledge base: the same statements come up question after question."""


def _quote_words(number: int, kb: KnowledgeBase) -> frozenset[str]:
    known = _QUOTE_WORDS.setdefault(kb, {})
    said = known.get(number)
    if said is None:
        quotes = (evidence.quote for evidence in kb.knowledge.statements[number].evidence)
        said = frozenset(word for quote in quotes for word in kb.normaliser.words(quote))
        known[number] = said
    return said
