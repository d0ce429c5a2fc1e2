"""Who a question's readings of one measure are about is worked out once per measure, whatever the operation:
every operation over the measure gets the same markets, subjects and names."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.analysis import analyse
from factbot.understanding.reading_words import named_for, shared_words
from factbot.understanding.slots import slots_of
from tiny import tiny_engine


def test_the_subjects_of_a_measure_are_made_once_and_name_those_asked(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    analysis = analyse("How many more widgets did Acme sell than Bolt in 2021?", engine.kb)
    slots = slots_of(analysis, engine.kb, None)
    shared = shared_words(analysis, slots)
    first = named_for("widget-sales", analysis, engine.kb, slots, shared)
    assert named_for("widget-sales", analysis, engine.kb, slots, shared) is first
    assert first.names == ("acme", "bolt") and not first.markets and not first.holds_left_out
    assert engine.ask("How many more widgets did Acme sell than Bolt in 2021?").text.startswith("Acme")
