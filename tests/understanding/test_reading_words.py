"""The words readings over facts explain are worked out once per question and measure, not once per reading
(`factbot.understanding.reading_words`), and they are the same words either way."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factbot.understanding import reading_words
from factbot.understanding.analysis import analyse
from factbot.understanding.candidates import candidates
from factbot.understanding.fact_readings import fact_readings
from factbot.understanding.reading_words import RELATIVE, percent_words
from factbot.understanding.slots import slots_of
from tiny import tiny_engine

QUESTION = "By what percent did Acme's widget sales change from 2020 to 2021?"


def test_each_measure_is_described_once_per_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = tiny_engine(tmp_path)
    calls: Counter[str | None] = Counter()
    original = reading_words.describing_measure

    def counted(*args: object) -> frozenset[int]:
        calls[args[3]] += 1  # type: ignore[index]
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reading_words, "describing_measure", counted)
    readings = candidates(analyse(QUESTION, engine.kb), engine.kb, None)
    assert sum(reading.measure == "widget-sales" for reading in readings) >= 2  # several operations, one measure
    assert calls["widget-sales"] == 1


def test_percent_words_are_explained_by_relative_operations_only(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    analysis = analyse(QUESTION, engine.kb)
    percent = percent_words(analysis, engine.kb)
    assert percent
    readings = [reading for reading in candidates(analysis, engine.kb, None) if reading.measure == "widget-sales"]
    assert any(reading.operation in RELATIVE for reading in readings)
    for reading in readings:
        if reading.operation in RELATIVE:
            assert percent <= reading.explained
    answer = engine.ask(QUESTION)
    assert "25" in answer.text, answer.text


def test_fact_readings_are_made_with_the_questions_yes_no_and_fall(tmp_path: Path) -> None:
    """Made so from the template, candidates need not copy each reading again to set them."""
    engine = tiny_engine(tmp_path)
    analysis = analyse("Did Acme sell more widgets than Bolt in 2021?", engine.kb)
    readings = list(fact_readings(analysis, engine.kb, slots_of(analysis, engine.kb, None), None, falling=True))
    assert readings
    assert all(reading.yes_no and reading.falling for reading in readings if reading.measure == "widget-sales")
    assert engine.ask("Did Acme sell more widgets than Bolt in 2021?").text.startswith("Yes")


def test_every_fact_reading_carries_the_figures_quoted(tmp_path: Path) -> None:
    """The quoted figures are the template's and every reading's words, whatever its operation."""
    engine = tiny_engine(tmp_path)
    analysis = analyse("Did Acme sell more than 100 widgets in 2021?", engine.kb)
    slots = slots_of(analysis, engine.kb, None)
    figure = next(span for span in slots.figures if span.quantity is not None)
    readings = list(fact_readings(analysis, engine.kb, slots, None))
    assert readings
    for reading in readings:
        if reading.measure == "widget-sales":
            assert [value.value for value in reading.values] == [figure.quantity.value]  # type: ignore[union-attr]
            assert figure.indexes <= reading.explained
