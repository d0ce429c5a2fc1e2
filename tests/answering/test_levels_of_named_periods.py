"""The levels of the periods named are the only facts made into values: a subject's other periods are not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.answering import values
from factbot.answering.values import Value, levels
from factbot.knowledge.model import Fact
from tiny import tiny_engine


def test_only_the_named_period_s_level_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = tiny_engine(tmp_path).kb
    made: list[str | None] = []
    original = values.stated

    def counted(fact: Fact) -> Value:
        made.append(fact.period)
        return original(fact)

    monkeypatch.setattr(values, "stated", counted)
    found = levels(kb, "acme", "widget-sales", ["y2021"], None)
    assert [value.amount for value in found] == [150]
    assert made == ["y2021"]  # not Acme's 2020 level too
    assert [value.period for value in levels(kb, "acme", "widget-sales", [], None)] == ["y2020", "y2021"]
