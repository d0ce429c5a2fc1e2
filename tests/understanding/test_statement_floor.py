"""Statements too weak to change the decision are not read (`factbot.understanding.statement_floor`).

The floor is worked out from the readings over facts: a statement whose best possible score is more than the
margin below the best of them can neither win nor compete, so leaving it unread changes no answer. These tests
compare the readings made with and without the floor on a tiny folder."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from factbot.engine import Engine
from factbot.understanding.analysis import analyse
from factbot.understanding.candidates import candidates
from factbot.understanding.context import Context
from factbot.understanding.decide import MARGIN, ranked
from factbot.understanding.reading import Reading
from factbot.understanding.scattered import _every_alias_words
from factbot.understanding.statement_floor import NO_FLOOR, Evaluations, Scorer, floor_for, statement_floor
from tiny import RECORDS, TEXT, tiny_engine

DESIGN = "Bolt designs its widgets in-house.\n"
WITH_DESIGN = (
    RECORDS
    + """
  - id: design
    answer: "Bolt designs its widgets in-house."
    about: [bolt]
    sentence: 7
    quote: "Bolt designs its widgets in-house."
"""
)
FIGURE = "What were Acme's widget sales in 2021?"
QUESTIONS = (
    FIGURE,
    "How many widgets did Acme sell in 2021?",
    "Does Bolt design widgets?",
    "Does Acme sell gadgets?",
    "Why did Acme and Bolt form a partnership in 2019?",
    "Did Bolt sell more widgets than Acme in 2021?",
    "Acme widgets",
    "Who has the option to buy a factory?",
)


def _engine(tmp_path: Path) -> Engine:
    return tiny_engine(tmp_path, WITH_DESIGN, TEXT + DESIGN)


def test_a_question_a_figure_explains_whole_reads_no_statement(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    analysis = analyse(FIGURE, engine.kb)
    scorer = Scorer(analysis, False)
    full = candidates(analysis, engine.kb, Context())
    floored = candidates(analysis, engine.kb, Context(), floor_for(scorer, engine.kb))
    assert any(reading.statement is not None for reading in full)  # "sell" is in a statement: it is a candidate
    assert not any(reading.statement is not None for reading in floored)
    assert "150" in engine.ask(FIGURE).text
    assert "in-house" in engine.ask("Does Bolt design widgets in-house?").text


def test_only_statements_below_the_margin_are_left_unread(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for question in QUESTIONS:
        analysis = analyse(question, engine.kb)
        scorer = Scorer(analysis, False)
        full = scorer.scored(candidates(analysis, engine.kb, Context()))
        floored = scorer.scored(candidates(analysis, engine.kb, Context(), floor_for(scorer, engine.kb)))
        kept = {item.reading.key for item in floored}
        assert kept <= {item.reading.key for item in full}, question
        if not full:
            continue
        best = ranked(full)[0]
        assert ranked(floored)[0].reading.key == best.reading.key, question
        for item in full:
            if item.reading.key not in kept:
                assert item.reading.statement is not None, question
                assert best.score.total - item.score.total > MARGIN, question


def test_a_statement_that_answers_is_still_read(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    answer = engine.ask("Why did Acme and Bolt form a partnership in 2019?")
    assert "partnership" in answer.text
    assert "gadgets" in engine.ask("Does Acme sell gadgets?").text


def test_no_reading_over_facts_sets_no_floor(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    scorer = Scorer(analyse("Who has the option to buy a factory?", engine.kb), False)
    assert statement_floor([], scorer, engine.kb) == NO_FLOOR


def test_every_measure_alias_is_read_once_per_knowledge_base(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    table = _every_alias_words(engine.kb)
    assert set(table) == set(engine.kb.measures)
    assert _every_alias_words(engine.kb) is table
    assert table["widget-sales"] and all(len(words) > 1 for words in table["widget-sales"])


SUPERLATIVE = "Who sold the most widgets in 2021?"


def test_a_superlative_the_figures_answer_reads_no_weak_statement(tmp_path: Path) -> None:
    """A best superlative that can be answered is a contender, so no statement below the margin is looked at:
    the floor holds as for any question. Not knowing whether it can be answered, every statement is read."""
    engine = _engine(tmp_path)
    analysis = analyse(SUPERLATIVE, engine.kb)
    scorer = Scorer(analysis, False)
    evaluate = Evaluations(partial(engine._evaluate, analysis=analysis))
    unknown = candidates(analysis, engine.kb, Context(), floor_for(scorer, engine.kb))
    floored = candidates(analysis, engine.kb, Context(), floor_for(scorer, engine.kb, evaluate))
    assert ranked(scorer.scored(floored))[0].reading.operation == "extreme_max"
    assert any(reading.statement is not None for reading in unknown)  # "Bolt designs its widgets": read
    assert not any(reading.statement is not None for reading in floored)
    assert "Acme" in engine.ask(SUPERLATIVE).text


def test_a_superlative_no_figure_answers_still_reads_every_statement(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    analysis = analyse(SUPERLATIVE, engine.kb)
    scorer = Scorer(analysis, False)
    never = Evaluations(lambda reading: None)
    assert statement_floor(candidates(analysis, engine.kb, Context()), scorer, engine.kb, never) == NO_FLOOR


def test_each_reading_is_evaluated_once(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    analysis = analyse(SUPERLATIVE, engine.kb)
    calls: list[Reading] = []
    evaluate = Evaluations(lambda reading: calls.append(reading) or len(calls))
    reading = candidates(analysis, engine.kb, Context())[0]
    assert evaluate(reading) == evaluate(reading) == 1
    assert calls == [reading]
