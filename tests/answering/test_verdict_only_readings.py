"""A reading whose only answer is yes or no ("X part of G?") asks yes or no, with no opener to say so."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: dyn, name: Dyn, kind: company, aliases: [Dyn]}
  - {id: trio, name: the Trio group, kind: group, aliases: [Trio group, Trio], members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, value: "150 widgets", sentence: 1, quote: "Acme sold 150 widgets"}
"""
TEXT = "Acme sold 150 widgets.\nAcme and Bolt form the Trio group.\n"


def test_membership_asked_without_an_opener_is_answered_yes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("acme part of the trio group?")
    assert answer.status == "answered" and answer.text.startswith("Yes")


def test_membership_asked_without_an_opener_is_answered_no(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("dyn part of the trio group?")
    assert answer.text.startswith("No")


def test_a_question_word_still_asks_for_the_members(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("which companies are in the trio group?")
    assert not answer.text.startswith(("Yes", "No"))
