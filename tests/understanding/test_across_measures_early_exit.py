"""Measures are set side by side only for an operation that compares, adds or divides figures
(`across_measures.ACROSS_MEASURES`): with none of those asked, the question's measures are not looked at."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.understanding import across_measures
from factbot.understanding.analysis import analyse
from factbot.understanding.context import Context
from factbot.understanding.operations import BY_NAME
from factbot.understanding.slots import slots_of
from tiny import tiny_engine


def test_a_lookup_alone_sets_no_measures_side_by_side(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = tiny_engine(tmp_path)
    analysis = analyse("What were Acme's widget sales in 2021?", engine.kb)
    slots = slots_of(analysis, engine.kb, Context())

    def looked_at(*_: object) -> None:
        raise AssertionError("the measures were looked at")

    monkeypatch.setattr(across_measures, "told_apart", looked_at)
    assert list(across_measures.across_measures(analysis, engine.kb, slots, [BY_NAME["lookup"]])) == []
    with pytest.raises(AssertionError):
        list(across_measures.across_measures(analysis, engine.kb, slots, [BY_NAME["compare"]]))


def test_one_measure_named_reads_no_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = tiny_engine(tmp_path)
    analysis = analyse("How many more widgets did Acme sell than Bolt in 2021?", engine.kb)
    slots = slots_of(analysis, engine.kb, Context())

    def looked_at(*_: object) -> frozenset[int]:
        raise AssertionError("the measure's pieces were looked for")

    monkeypatch.setattr(across_measures, "scattered_alias", looked_at)
    assert list(across_measures.across_measures(analysis, engine.kb, slots, [BY_NAME["difference"]])) == []
