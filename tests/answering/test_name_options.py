"""A clarifying option for a reading of a name alone says what it would answer, in words."""

from __future__ import annotations

from pathlib import Path

from factbot.answering.nearby import asked_for
from factbot.understanding.reading import Reading
from tiny import tiny_engine


def test_readings_of_a_name_alone_are_worded_as_what_they_answer(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path).kb
    assert asked_for(kb, Reading(operation="about", subjects=("acme",))) == "what the sources say about Acme"
    assert asked_for(kb, Reading(operation="describe", subjects=("acme",))) == "who or what Acme is"
