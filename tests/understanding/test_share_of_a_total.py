"""A share's whole may be called a total ("what percent of the group total is X"), and a statement's word "share"
("they share a factory") states no part of a whole."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

PACT = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, value: "40 widgets",
     sentence: 1, quote: "Acme sold 40 widgets and Bolt 60 widgets in 2021"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2021, value: "60 widgets",
     sentence: 1, quote: "Acme sold 40 widgets and Bolt 60 widgets in 2021"}
  - {id: pact-sales, subject: pact, measure: sales, period: y2021, value: "100 widgets",
     sentence: 2, quote: "the Pact's total sales reached 100 widgets"}
statements:
  - id: shared-factory
    kind: plan
    answer: "The Pact's members will share a factory."
    about: [pact, acme, bolt]
    keywords: [factory, share a factory, share, make up, together]
    sentence: 3
    quote: "The Pact's members will share a factory."
"""
TEXT = (
    "Acme sold 40 widgets and Bolt 60 widgets in 2021.\n"
    "So the Pact's total sales reached 100 widgets.\n"
    "The Pact's members will share a factory.\n"
)


def test_the_total_of_a_group_is_the_whole_of_the_share_asked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, PACT, TEXT).ask("what percent of the pact total is acme")
    assert answer.status is Status.ANSWERED
    assert "40%" in answer.text


def test_a_statements_word_share_does_not_answer_what_percent(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, PACT, TEXT).ask("what percent of the pact total does acme make up")
    assert answer.status is Status.ANSWERED
    assert "40%" in answer.text and "factory" not in answer.text
