"""Work whose cost grows with the knowledge is done only when the question calls for it, or once per knowledge
base: a question's cost must not grow with the number of facts (`benchmarks/bench_engine.py --scale`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.understanding import across_measures, change_spans, implied_sets, year_parts
from factbot.understanding.analysis_types import Span, SpanKind
from factbot.understanding.scoring import Score
from tiny import tiny_engine


def test_changes_since_a_period_are_looked_for_only_after_a_since_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = tiny_engine(tmp_path)
    looked: list[str] = []

    def changes_since(kb: object, measures: tuple[str, ...], start: str) -> list[object]:
        looked.append(start)
        return []

    monkeypatch.setattr(change_spans, "_changes_since", changes_since)
    engine.ask("How many widgets did Acme sell in 2021?")
    assert looked == []  # every fact of the measure would be read for each period named
    engine.ask("How many widgets has Acme sold since 2020?")
    assert looked == ["y2020"]


def test_the_subject_a_measure_implies_is_found_once_per_knowledge_base(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    across_measures.implied_subject.cache_clear()
    first = across_measures.implied_subject(engine.kb, "widget-sales")
    assert across_measures.implied_subject(engine.kb, "widget-sales") is first
    assert across_measures.implied_subject.cache_info().hits == 1


def test_the_sole_holder_of_a_measure_is_found_once_per_knowledge_base(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    implied_sets.sole_holder.cache_clear()
    first = implied_sets.sole_holder(engine.kb, "widget-sales", ("y2020",))
    assert implied_sets.sole_holder(engine.kb, "widget-sales", ("y2020",)) == first
    assert implied_sets.sole_holder.cache_info().hits == 1


def test_a_stated_change_between_two_periods_is_looked_for_once_per_knowledge_base(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    change_spans._names_one_change.cache_clear()
    engine.ask("How did Acme's widget sales change between 2020 and 2021?")
    engine.ask("How much did Acme's widget sales grow between 2020 and 2021?")
    assert change_spans._names_one_change.cache_info().hits >= 1


def test_the_one_part_of_a_year_is_found_once_per_knowledge_base_and_year(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    year_parts._only_part.cache_clear()
    key = PeriodKey(PeriodKind.YEAR, 2021)
    first = year_parts.only_part_of_year(Span(0, 1, SpanKind.PERIOD, key=key), engine.kb, (), ("widget-sales",))
    again = year_parts.only_part_of_year(Span(3, 4, SpanKind.PERIOD, key=key), engine.kb, (), ("widget-sales",))
    assert first == again == ""  # the tiny knowledge has no part of a year
    assert year_parts._only_part.cache_info().hits == 1  # another span of the same year: the same answer


def test_the_whole_holding_a_part_is_found_once_per_knowledge_base(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    implied_sets.whole_holding.cache_clear()
    assert implied_sets.whole_holding(engine.kb, "acme", "widget-sales") is None
    assert implied_sets.whole_holding(engine.kb, "acme", "widget-sales") is None
    assert implied_sets.whole_holding.cache_info().hits == 1


def test_a_scores_confidence_is_worked_out_once() -> None:
    score = Score(explained=0.9, corrections=0.05, ignored=0.2)
    assert score.confidence == 0.65
    assert score.__dict__["confidence"] == 0.65  # kept: the floor, the ranking and the decision each ask it
    assert score.confidence == 0.65
