"""A place claimed of what a statement tells ("the first year?") against the place its sentence says ("the third
consecutive year"): another place is a No."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme's sales fell in 2016.\nThis was the third consecutive year that Acme's sales declined.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: third-fall, kind: description, sentence: 2, about: [acme],
     quote: "This was the third consecutive year that Acme's sales declined.",
     answer: "2016 was the third consecutive year in which Acme's sales declined.",
     keywords: [consecutive year, first year, declined, in a row]}
"""


def test_another_place_than_the_one_said_is_a_no(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Was it the first year Acme's sales declined?")
    assert answer.text.startswith("No."), answer.text


def test_the_place_said_is_a_yes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Was it the third consecutive year Acme's sales declined?")
    assert answer.text.startswith("Yes."), answer.text
