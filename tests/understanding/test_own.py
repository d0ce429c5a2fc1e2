"""'Own' adds emphasis, not a meaning: "Acme's own widget sales" are Acme's widget sales."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine


def test_own_before_a_measure_asks_nothing_more(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("Acme's own sales in 2021?")
    assert answer.status == "answered" and "150" in answer.text, answer.text
