"""A figure after "than" in a yes/no question is a bound the way the comparative asks ("greater than 130 feet" of
139 is Yes), never a figure claimed exactly (which 139 is not, for a confident "No")."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = "The trench was dug to a depth of 139 feet.\n"
RECORDS = """
entities:
  - {id: trench, name: the trench, kind: structure, aliases: [trench, the trench]}
measures:
  - {id: depth, name: depth, unit: feet, aliases: [depth, deep]}
facts:
  - {id: trench-depth, subject: trench, measure: depth, value: 139 feet, sentence: 1, quote: "a depth of 139 feet"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("than"), RECORDS, TEXT)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Is the trench's depth greater than 130 feet?", "Yes."),
        ("Is the trench's depth greater than 150 feet?", "No."),
        ("Is the trench's depth smaller than 150 feet?", "Yes."),
        ("Is the trench's depth bigger than 139 feet?", "No."),
    ],
)
def test_a_figure_after_than_is_a_bound(engine: Engine, question: str, opening: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(opening), answer.text
