""" "Besides X, what else ...?": the statement telling of something other than X answers, and explains the words
that set X aside; nothing is set aside that no statement tells of."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - id: software
    kind: plan
    answer: "Acme and Bolt will jointly develop basic software."
    about: [acme, bolt]
    keywords: [software, develop]
    sentence: 1
    quote: "Acme and Bolt will jointly develop basic software"
  - id: factories
    kind: plan
    answer: "The two companies will also consider sharing factories."
    about: [acme, bolt]
    keywords: [factories, sharing, consider]
    sentence: 2
    quote: "The two companies will also consider sharing factories"
"""
TEXT = "Acme and Bolt will jointly develop basic software.\nThe two companies will also consider sharing factories.\n"


def test_besides_one_thing_what_else_is_the_statement_about_the_other(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Besides the software, what else will Acme and Bolt consider?")
    assert answer.status == "answered" and "factories" in answer.text


def test_nothing_is_set_aside_that_no_statement_tells_of(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Besides the pipelines, what else will Acme and Bolt consider?")
    assert answer.status != "answered"
