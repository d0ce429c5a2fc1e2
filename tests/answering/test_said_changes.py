"""A rise or fall said only in words settles "did it go up?": "the rate declined in 2021 (to 31.9%)" is a No,
when the direction word is the figure's own (its measure, its period, no other name); "up or down?" is answered
with the way it went."""

from __future__ import annotations

from pathlib import Path

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: rate, name: defect rate, unit: percent, aliases: [defect rate, defects]}
  - {id: share, name: market share, unit: percent, aliases: [market share]}
  - {id: sales, name: sales, unit: widgets, aliases: [sales]}
  - {id: output, name: output, unit: widgets, aliases: [output]}
periods:
  - {id: y2010, aliases: ["2010"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: rate-2021, subject: acme, measure: rate, period: y2021, value: "31.9%", sentence: 1,
     quote: "Acme's defect rate declined in 2021 for the fourth year in a row (to 31.9%"}
  - {id: share-2021, subject: acme, measure: share, period: y2021, value: "12%", sentence: 2,
     quote: "Acme's market share was 12% in 2021 as sales declined"}
  - {id: output-2021, subject: acme, measure: output, period: y2021, value: "400 widgets", sentence: 3,
     quote: "Acme's output was 400 widgets in 2021, down from its peak in 2010"}
  - {id: sales-2021, subject: acme, measure: sales, period: y2021, value: "90 widgets", sentence: 4,
     quote: "Acme's sales did not fall in 2021 and stood at 90 widgets"}
"""
TEXT = (
    "Acme's defect rate declined in 2021 for the fourth year in a row (to 31.9%).\n"
    "Acme's market share was 12% in 2021 as sales declined.\n"
    "Acme's output was 400 widgets in 2021, down from its peak in 2010.\n"
    "Acme's sales did not fall in 2021 and stood at 90 widgets.\n"
)


def _engine(tmp_path: Path) -> Engine:
    return tiny_engine(tmp_path, RECORDS, TEXT)


def test_a_fall_said_in_words_answers_did_it_go_up(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    up = engine.ask("Did Acme's defect rate go up in 2021?")
    assert up.status is Status.ANSWERED and up.text.startswith("No.")
    assert any("(to 31.9%)" in citation.quote for citation in up.citations)
    down = engine.ask("Did Acme's defect rate decline in 2021?")
    assert down.status is Status.ANSWERED and down.text.startswith("Yes.")


def test_up_or_down_is_answered_with_the_way(tmp_path: Path) -> None:
    answer = _engine(tmp_path).ask("Did Acme's defect rate go up or down in 2021?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("It went down.")


def test_words_give_no_size_of_the_change(tmp_path: Path) -> None:
    answer = _engine(tmp_path).ask("How much did Acme's defect rate fall in 2021?")
    assert answer.status is Status.UNKNOWN


def test_a_direction_word_of_another_measure_another_period_or_denied_settles_nothing(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for question in (
        "Did Acme's market share fall in 2021?",  # "as sales declined": another measure's fall
        "Did Acme's output go down in 2021?",  # "down from its peak in 2010": another period
        "Did Acme's sales fall in 2021?",  # "did not fall": the move is denied
    ):
        answer = engine.ask(question)
        assert answer.status is Status.UNKNOWN, (question, answer.text)
        assert not answer.text.startswith(("Yes", "No")), (question, answer.text)


GUARDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: output, name: output, unit: widgets, aliases: [output]}
  - {id: share, name: market share, unit: percent, aliases: [market share]}
  - {id: orders, name: higher order sales, unit: widgets, aliases: [higher order sales]}
periods:
  - {id: y2013, aliases: ["2013"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: output-2013, subject: acme, measure: output, period: y2013, value: "141 widgets", sentence: 1,
     quote: "Acme's output has been falling from 141 widgets in 2013"}
  - {id: share-2021, subject: acme, measure: share, period: y2021, value: "50%", sentence: 2,
     quote: "Acme may sell up to 50% of the market share in 2021"}
  - {id: orders-2021, subject: acme, measure: orders, period: y2021, value: "12 widgets", sentence: 3,
     quote: "Acme's higher order sales were 12 widgets in 2021"}
"""
GUARD_TEXT = (
    "Acme's output has been falling from 141 widgets in 2013.\n"
    "Acme may sell up to 50% of the market share in 2021.\n"
    "Acme's higher order sales were 12 widgets in 2021.\n"
)


def test_a_start_a_bound_or_the_measures_own_word_is_no_move(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, GUARDS, GUARD_TEXT)
    for question in (
        "Did Acme's output fall in 2013?",  # "falling from 141": the fall began there
        "Did Acme's market share go up in 2021?",  # "up to 50%": a bound
        "Did Acme's higher order sales rise in 2021?",  # "higher" is the measure's own word
    ):
        answer = engine.ask(question)
        assert not answer.text.startswith(("Yes", "No", "It went")), (question, answer.text)


def test_a_way_said_in_words_weighs_no_size_of_change(tmp_path: Path) -> None:
    """The figure beside the words is the level (31.9%), never the size of the change: a bound on the size is
    unsettled the way it went, and refused the other way."""
    engine = _engine(tmp_path)
    same_way = engine.ask("Did Acme's defect rate fall by more than 5 points in 2021?")
    assert same_way.status is Status.UNKNOWN and not same_way.text.startswith(("Yes", "No")), same_way.text
    other_way = engine.ask("Did Acme's defect rate rise by more than 5 points in 2021?")
    assert other_way.text.startswith("No."), other_way.text


CLAUSES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: rate, name: defect rate, unit: percent, aliases: [defect rate]}
  - {id: share, name: market share, unit: percent, aliases: [market share]}
  - {id: output, name: output, unit: widgets, aliases: [output]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: rate-2021, subject: acme, measure: rate, period: y2021, value: "31.9%", sentence: 1,
     quote: "Acme's defect rate was 31.9% in 2021 as demand fell"}
  - {id: share-2021, subject: acme, measure: share, period: y2021, value: "12%", sentence: 2,
     quote: "Acme's market share in 2021 rose slightly to 12%"}
  - {id: output-2021, subject: acme, measure: output, period: y2021, value: "400 widgets", sentence: 3,
     quote: "Acme's output was 400 widgets in 2021 and foreign demand fell"}
"""
CLAUSE_TEXT = (
    "Acme's defect rate was 31.9% in 2021 as demand fell.\n"
    "Acme's market share in 2021 rose slightly to 12%.\n"
    "Acme's output was 400 widgets in 2021 and foreign demand fell.\n"
)


def test_a_move_word_in_another_clause_or_after_another_word_is_not_the_measures(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, CLAUSES, CLAUSE_TEXT)
    for question in (
        "Did Acme's defect rate fall in 2021?",  # "as demand fell": a clause opener, then demand's fall
        "Did Acme's output fall in 2021?",  # "foreign demand fell": another word is what fell
    ):
        answer = engine.ask(question)
        assert answer.status is Status.UNKNOWN, (question, answer.text)
        assert not answer.text.startswith(("Yes", "No", "It went")), (question, answer.text)


def test_the_figure_its_period_and_its_subject_may_stand_before_the_move(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, CLAUSES, CLAUSE_TEXT).ask("Did Acme's market share rise in 2021?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("Yes."), answer.text
