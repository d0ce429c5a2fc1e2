"""A bound asked of several figures at once is met by each, by none, or it is not settled; a share is never
weighed against a bound that is a count."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

SALES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales, sell, sold]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, value: "150", sentence: 1,
     quote: "Acme sold 150 widgets and Bolt 90 widgets"}
  - {id: bolt-sales, subject: bolt, measure: sales, value: "90", sentence: 1,
     quote: "Acme sold 150 widgets and Bolt 90 widgets"}
  - {id: pact-sales, subject: pact, measure: sales, value: "240", sentence: 2,
     quote: "the Pact sold 240 widgets"}
"""
TEXT = "Acme sold 150 widgets and Bolt 90 widgets.\nSo the Pact sold 240 widgets.\n"


def test_a_bound_met_by_one_of_two_figures_is_not_settled(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, SALES, TEXT).ask("Did Acme and Bolt each sell more than 100 widgets?")
    assert answer.status is not Status.ANSWERED
    assert not answer.text.startswith(("Yes", "No"))


def test_a_bound_met_by_each_figure_is_a_yes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, SALES, TEXT).ask("Did Acme and Bolt each sell more than 50 widgets?")
    assert answer.text.startswith("Yes")


def test_a_count_bound_after_a_share_is_not_weighed_against_the_share(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, SALES, TEXT), Conversation()
    engine.ask("How many widgets did Acme sell?", conversation)
    assert "62.5%" in engine.ask("what share of the pact total is that?", conversation).text
    answer = engine.ask("is it more than 100 widgets?", conversation)
    assert answer.status is not Status.CLARIFY
    assert "62.5%" not in answer.text


def test_it_after_an_answer_about_several_is_the_one_carried_from_the_turn_before(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, SALES, TEXT), Conversation()
    engine.ask("How many widgets did Acme sell?", conversation)
    engine.ask("what share of the pact total is that?", conversation)
    answer = engine.ask("is it more than 200 widgets?", conversation)
    assert answer.text.startswith("No") and "150" in answer.text and "240" not in answer.text


def test_they_after_an_answer_about_several_is_all_of_them(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, SALES, TEXT), Conversation()
    engine.ask("How many widgets did Acme sell?", conversation)
    engine.ask("what share of the pact total is that?", conversation)
    answer = engine.ask("are they more than 200 widgets?", conversation)
    assert not answer.text.startswith(("Yes", "No"))
