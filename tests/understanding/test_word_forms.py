"""A noun of a verb the stemmer cannot join to it ("agreement", "agree") is read as the verb on both sides."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - {id: deal, about: [acme, bolt], sentence: 1, quote: "Acme and Bolt signed a supply agreement in 2019."}
"""
TEXT = "Acme and Bolt signed a supply agreement in 2019.\n"


def test_a_verb_finds_the_noun_of_its_statement(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What did Acme and Bolt agree in 2019?")
    assert answer.status == "answered" and "supply agreement" in answer.text
