"""Work whose cost grows with the knowledge is done only when the question calls for it, or once per knowledge
base: a question's cost must not grow with the number of facts (`benchmarks/bench_engine.py --scale`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.understanding import across_measures, change_spans, implied_sets
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
