"""Yes/no wraps any reading; a statement settles it only when it says every word the question asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import FALLING_SHARE, tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("yes-no"))


def test_a_statement_that_negates_what_is_asked_answers_no(engine: Engine) -> None:
    answer = engine.ask("Does Acme sell gadgets?")
    assert answer.status == "answered"
    assert answer.text.startswith("No.")


def test_a_statement_that_says_what_is_asked_answers_yes(engine: Engine) -> None:
    answer = engine.ask("Was Bolt given the option to buy a factory?")
    assert answer.text.startswith("Yes.")


def test_a_statement_that_leaves_a_word_of_the_question_unsaid_does_not_settle_it(engine: Engine) -> None:
    answer = engine.ask("Is Acme's output back to normal?")
    assert answer.status == "unknown"
    assert "below normal" in answer.text  # what the source does say is given


def test_a_figure_settles_a_comparison(engine: Engine) -> None:
    assert engine.ask("Did Acme sell more widgets than Bolt in 2021?").text.startswith("Yes.")
    assert engine.ask("Did Bolt sell more widgets than Acme in 2021?").text.startswith("No.")


def test_a_stated_figure_is_checked_against_the_fact(engine: Engine) -> None:
    assert engine.ask("Did Acme sell 150 widgets in 2021?").text.startswith("Yes.")
    assert engine.ask("Did Acme sell more than 200 widgets in 2021?").text.startswith("No.")


def test_a_future_question_is_never_settled_by_what_was(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("Will Acme sell gadgets?")
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme's market share fall by more than 20 points?", "No."),
        ("Did Acme's market share fall by more than 10 points?", "Yes."),
        ("Did Acme's market share rise by more than 10 points?", "No."),
        ("Did Acme's market share drop by 5 points?", "No."),
    ],
)
def test_the_size_of_a_change_claimed_is_weighed_against_the_change_found(
    tmp_path_factory: pytest.TempPathFactory, question: str, verdict: str
) -> None:
    text = "Acme held 60% of the market in 2020 and 45% in 2021.\n"
    engine = tiny_engine(tmp_path_factory.mktemp("falling"), FALLING_SHARE, text)
    assert engine.ask(question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme's market share fall below 50% in 2021?", "Yes."),
        ("Did Acme's market share fall below 40% in 2021?", "No."),
        ("Did Acme's market share rise above 40% in 2021?", "No."),
    ],
)
def test_a_bound_after_a_direction_is_the_level_reached(
    tmp_path_factory: pytest.TempPathFactory, question: str, verdict: str
) -> None:
    text = "Acme held 60% of the market in 2020 and 45% in 2021.\n"
    engine = tiny_engine(tmp_path_factory.mktemp("falling"), FALLING_SHARE, text)
    assert engine.ask(question).text.startswith(verdict)


def test_a_level_claimed_for_a_change_is_not_weighed_as_its_size(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = "Acme held 60% of the market in 2020 and 45% in 2021.\n"
    engine = tiny_engine(tmp_path_factory.mktemp("falling"), FALLING_SHARE, text)
    assert not engine.ask("Did Acme's market share fall to 15%?").text.startswith("Yes")


LEADERS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
statements:
  - {id: leaders, kind: description, about: [acme, bolt], sentence: 1,
     quote: "Acme was the largest maker of widgets and Bolt was the largest seller of gadgets."}
  - {id: runner-up, kind: description, about: [crux], sentence: 2,
     quote: "Crux, the second largest lender of tools, got a loan."}
"""
LEADERS_TEXT = (
    "Acme was the largest maker of widgets and Bolt was the largest seller of gadgets.\n"
    "Crux, the second largest lender of tools, got a loan.\n"
)


@pytest.fixture(scope="module")
def leaders(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("leaders"), LEADERS, LEADERS_TEXT)


def test_a_statement_says_yes_of_the_name_in_whose_clause_the_words_stand(leaders: Engine) -> None:
    assert leaders.ask("Was Acme the largest maker of widgets?").text.startswith("Yes.")


def test_words_said_in_another_names_clause_do_not_settle_it(leaders: Engine) -> None:
    answer = leaders.ask("Was Acme the largest seller of gadgets?")
    assert not answer.text.startswith(("Yes", "No"))


def test_the_second_largest_does_not_settle_the_largest(leaders: Engine) -> None:
    assert not leaders.ask("Was Crux the largest lender of tools?").text.startswith(("Yes", "No"))


def test_did_x_outsell_y_is_no_when_y_sold_more(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    assert engine.ask("Did Bolt outsell Acme in 2021?").text.startswith("No.")
    assert engine.ask("Did Acme outsell Bolt in 2021?").text.startswith("Yes.")


DECLINES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales-decline, name: decline in sales, unit: percent, is_change: true, aliases: [sales]}
  - {id: sales-change, name: change in sales, unit: percent, is_change: true, aliases: [turnover]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: sales-decline, period: y2021, value: 4%, sentence: 1,
     quote: "Acme's sales fell by 4% in 2021"}
  - {id: acme-change-2021, subject: acme, measure: sales-change, period: y2021, value: 4%, sentence: 1,
     quote: "Acme's sales fell by 4% in 2021"}
"""


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme's sales grow in 2021?", "No."),
        ("Did Acme's sales rise in 2021?", "No."),
        ("Did Acme's sales fall in 2021?", "Yes."),
        ("Did Acme's sales decline in 2021?", "Yes."),
    ],
)
def test_a_measure_named_for_a_fall_reads_its_figures_as_falls(
    tmp_path_factory: pytest.TempPathFactory, question: str, verdict: str
) -> None:
    engine = tiny_engine(tmp_path_factory.mktemp("declines"), DECLINES, "Acme's sales fell by 4% in 2021.\n")
    assert engine.ask(question).text.startswith(verdict)


def test_a_measure_of_changes_that_names_no_direction_does_not_settle_one(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, DECLINES, "Acme's sales fell by 4% in 2021.\n")
    assert not engine.ask("Did Acme's turnover grow in 2021?").text.startswith(("Yes", "No"))
