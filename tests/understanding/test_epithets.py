"""An epithet between a determiner and a name ("the new Acme") only points at the thing named: it asks nothing."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.analysis import analyse
from tiny import tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("epithets"))


def test_a_statement_decides_a_question_naming_its_subject_with_an_epithet(engine: Engine) -> None:
    answer = engine.ask("Does the new Acme sell gadgets?")
    assert answer.text.startswith("No."), answer.text


def test_an_epithet_weighs_nothing_only_before_a_name(engine: Engine) -> None:
    before = analyse("Does this new Acme sell gadgets?", engine.kb)
    elsewhere = analyse("Is Acme new?", engine.kb)
    assert before.weights[2] == 0.0
    assert elsewhere.weights[2] > 0.0
