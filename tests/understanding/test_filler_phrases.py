"""A phrase that adds nothing to what is asked ("on its own") leaves no word of it unexplained ("own"), even where
the sources use that word for something else."""

from __future__ import annotations

from pathlib import Path

from tiny import RECORDS, TEXT, tiny_engine

OWNS = """
  - id: own-factory
    answer: "Bolt owns its own factory."
    about: [bolt]
    sentence: 7
    quote: "Bolt owns its own factory."
"""


def test_on_its_own_says_nothing_the_sources_must_cover(tmp_path: Path) -> None:
    records = RECORDS.replace("statements:\n", "statements:\n" + OWNS.lstrip("\n"))
    engine = tiny_engine(tmp_path, records, TEXT + "Bolt owns its own factory.\n")
    answer = engine.ask("Did Acme on its own sell more widgets than Bolt in 2021?")
    assert answer.status == "answered" and answer.text.startswith("Yes")
    assert dict(answer.trace.parts)["share of the question explained"] == 1.0
