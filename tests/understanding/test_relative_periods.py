"""Relative periods ("4 years earlier", "the year before") find their anchor: a period named, the
conversation's, or the period of a figure the question quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import RECORDS, tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("relative"))


def test_a_named_period_anchors_it(engine: Engine) -> None:
    answer = engine.ask("How many widgets did Acme sell the year before 2021?")
    assert "120 widgets" in answer.text
    assert "150" not in answer.text


def test_a_quoted_figure_anchors_it(engine: Engine) -> None:
    answer = engine.ask("Acme's sales rose to 150 widgets: what % rise is that from 1 year earlier?")
    assert answer.status == "answered"
    assert "25%" in answer.text


def test_the_conversation_anchors_it(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    assert "120 widgets" in engine.ask("And the year before?", conversation).text


def test_last_year_with_the_year_beside_it_is_that_year(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many widgets did Acme sell last year (2020)?")
    assert answer.status == "answered" and "120" in answer.text and "150" not in answer.text


def test_a_relative_phrase_the_knowledge_declares_is_its_period(tmp_path: Path) -> None:
    records = RECORDS.replace('{id: y2020, aliases: ["2020"]}', '{id: y2020, aliases: ["2020", "last year"]}')
    answer = tiny_engine(tmp_path, records).ask("How many widgets did Acme sell last year?")
    assert answer.status == "answered" and "120" in answer.text
