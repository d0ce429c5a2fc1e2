"""What depends on the knowledge base alone is worked out once per knowledge base, not once per question: the
statements passing a name, date or cue test, a measure's other units, the words stating a cue, an entity's
name words. A second question needing the same finds them made, and gets the same answer."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding import short_names, statement_postings, statement_query, units
from tiny import tiny_engine

CACHED = (
    statement_postings.naming,
    statement_postings.stating,
    statement_postings.indexed,
    statement_query._cue_stating_words,
    units._other_units,
    short_names.entity_name_words,
)


def test_a_repeated_question_makes_nothing_anew(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    questions = ["Why did Acme and Bolt form a partnership in 2019?", "How many widgets did Acme sell in 2021?"]
    first = [engine.ask(question) for question in questions]
    made = [cached.cache_info().misses for cached in CACHED]
    second = [engine.ask(question) for question in questions]
    assert [cached.cache_info().misses for cached in CACHED] == made
    assert [answer.text for answer in second] == [answer.text for answer in first]
    assert sum(cached.cache_info().hits for cached in CACHED) > 0
