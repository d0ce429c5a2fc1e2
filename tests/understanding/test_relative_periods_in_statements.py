"""A relative period the question says ("two years ago") is explained by a statement that says it in those words,
side by side; a statement with one of its words elsewhere ("two factories") does not say it."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

PLANS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - id: gadget-plan
    kind: event
    answer: "Acme released its gadget strategy two years ago."
    about: [acme]
    sentence: 1
    quote: "Acme released its gadget strategy two years ago."
  - id: bolt-factories
    kind: description
    answer: "Bolt opened two factories."
    about: [bolt]
    sentence: 2
    quote: "Bolt opened two factories."
"""
TEXT = "Acme released its gadget strategy two years ago.\nBolt opened two factories.\n"


def test_a_statement_saying_the_relative_period_explains_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, PLANS, TEXT).ask("What gadget strategy did Acme release two years ago?")
    assert answer.status is Status.ANSWERED
    assert "released its gadget strategy" in answer.text


def test_one_word_of_the_period_elsewhere_does_not_say_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, PLANS, TEXT).ask("What factories did Bolt open two years ago?")
    assert answer.status is not Status.ANSWERED
