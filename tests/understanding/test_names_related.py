"""A yes/no question of names alone ("is X in Y?") asks how the things it names stand to each other: a statement
naming them both (about X, placed in Y) answers it, though it shares no other word with the question."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "The Elm plant in Ohio opened.\n"
RECORDS = """
entities:
  - {id: elm, name: the Elm plant, kind: plant, aliases: [Elm plant]}
  - {id: ohio, name: Ohio, kind: state, aliases: [Ohio]}
statements:
  - id: elm-place
    kind: place
    answer: "The Elm plant is in Ohio."
    about: [elm]
    place: ohio
    sentence: 1
    quote: "The Elm plant in Ohio"
"""


def test_a_statement_relating_the_names_answers(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Is the Elm plant in Ohio?")
    assert answer.text.startswith("Yes."), answer.text
