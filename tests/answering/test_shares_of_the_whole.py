"""Shares of the whole a document is about, asked by the measure alone: "what share of club members were in X?".

The measure named after the share cue is what the share is of: the part's count over the whole's count,
worked out; the rate the sources state (the part's members among its workers) answers only when the
question names something else as the whole. Several parts, a group's members, and a total just given
("what share ... is that?") are added first. A whole less its parts takes the one period they share.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = (
    "Nationwide, 500 workers were club members in 2025, up from 400 in 2024.\n"
    "Ardia had 40 club members in 2025, Borlund had 60 and Cedra had 100.\n"
    "In Ardia, 12.5 percent of workers were members of clubs in 2025.\n"
)
RECORDS = """
entities:
  - {id: nation, name: the nation, kind: country, aliases: [the nation, nationwide], is_whole: true}
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
  - {id: borlund, name: Borlund, kind: state, aliases: [Borlund]}
  - {id: cedra, name: Cedra, kind: state, aliases: [Cedra]}
  - {id: north, name: the northern states, kind: group, aliases: [northern states, the northern states],
     members: [ardia, borlund]}
measures:
  - {id: club-members, name: number of club members, unit: club members,
     aliases: [club members, members of clubs, club membership]}
  - {id: club-rate, name: club membership rate, unit: percent,
     aliases: [club membership rate, percent of workers who were members of clubs, share of workers]}
periods:
  - {id: y2024, aliases: ["2024"]}
  - {id: y2025, aliases: ["2025"]}
facts:
  - {id: nation-2025, subject: nation, measure: club-members, period: y2025, value: "500", sentence: 1,
     quote: "Nationwide, 500 workers were club members in 2025"}
  - {id: nation-2024, subject: nation, measure: club-members, period: y2024, value: "400", sentence: 1,
     quote: "up from 400 in 2024"}
  - {id: ardia-2025, subject: ardia, measure: club-members, period: y2025, value: "40", sentence: 2,
     quote: "Ardia had 40 club members in 2025"}
  - {id: borlund-2025, subject: borlund, measure: club-members, period: y2025, value: "60", sentence: 2,
     quote: "Borlund had 60"}
  - {id: cedra-2025, subject: cedra, measure: club-members, period: y2025, value: "100", sentence: 2,
     quote: "Cedra had 100"}
  - {id: ardia-rate-2025, subject: ardia, measure: club-rate, period: y2025, value: 12.5 percent, sentence: 3,
     quote: "In Ardia, 12.5 percent of workers were members of clubs in 2025"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("shares"), RECORDS, TEXT)


def test_a_rate_counting_the_measure_is_no_share_of_it(engine: Engine) -> None:
    assert "club-rate" not in engine.kb.share_of
    assert engine.kb.rate_counting == {"club-rate": "club-members"}


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("What share of club members were in Ardia?", "8%"),
        ("What percentage of all the nation's club members were in Cedra?", "20%"),
        ("What share of club members were in Ardia and Borlund?", "20%"),
        ("What share of club members were in Ardia and Cedra combined?", "28%"),
        ("What share of club members were in the northern states?", "20%"),
    ],
)
def test_the_measure_after_the_cue_is_the_whole_s(engine: Engine, question: str, share: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and share in answer.text and "12.5" not in answer.text


def test_the_rate_answers_when_something_else_is_the_whole(engine: Engine) -> None:
    answer = engine.ask("What percent of workers in Ardia were members of clubs?")
    assert answer.status == "answered" and "12.5 percent" in answer.text


def test_a_total_just_given_is_what_that_points_at(engine: Engine) -> None:
    conversation = Conversation()
    total = engine.ask("How many club members were in Ardia and Borlund combined?", conversation)
    assert "100" in total.text
    share = engine.ask("What share of the nation's club members is that?", conversation)
    assert share.status == "answered" and "20%" in share.text and "8%" not in share.text


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("How many more is that than Borlund?", "80 club members"),  # the total on one side, not its first part
        ("What share of that was Cedra's?", "71.4%"),  # a part of the total
    ],
)
def test_that_total_beside_another_subject(engine: Engine, follow_up: str, expected: str) -> None:
    conversation = Conversation()
    engine.ask("How many club members were in Ardia and Cedra combined?", conversation)
    answer = engine.ask(follow_up, conversation)
    assert answer.status == "answered" and expected in answer.text


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("How many club members were outside Ardia in 2025?", "460"),
        ("club members without Ardia", "460"),  # the one period the part and the whole share
        ("How many club members lived outside the northern states?", "400"),  # a group left out: its members
    ],
)
def test_a_whole_less_a_part(engine: Engine, question: str, rest: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and rest in answer.text


def test_parts_of_a_whole_without_a_figure_are_no_share_of_each_other(tmp_path: Path) -> None:
    whole_left_out = RECORDS.split("measures:")[0].replace(
        "  - {id: nation, name: the nation, kind: country, aliases: [the nation, nationwide], is_whole: true}\n", ""
    )
    facts = RECORDS.split("facts:")[1].split("  - {id: ardia-2025")[1]
    records = (
        whole_left_out + "measures:" + RECORDS.split("measures:")[1].split("facts:")[0]
        + "facts:\n  - {id: ardia-2025" + facts
    )  # fmt: skip
    answer = tiny_engine(tmp_path, records, TEXT).ask("What share of club members were in Ardia and Borlund?")
    assert answer.status != "answered" and "66.7" not in answer.text and "150" not in answer.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How many club members did Ardia have in 2025, not counting Borlund?", True),  # a rival: Ardia's own
        ("How many club members did Ardia have in 2025, not counting the Federation?", False),  # not a rival
    ],
)
def test_leaving_out_what_the_subject_does_not_hold(tmp_path: Path, question: str, answered: bool) -> None:
    federation = "  - {id: federation, name: the Federation, kind: federation, aliases: [the Federation, Federation]}\n"
    counted = (
        "  - {id: federation-2025, subject: federation, measure: club-members, period: y2025, value: '70',"
        " sentence: 4, quote: 'The Federation counted 70 club members in 2025'}\n"
    )
    records = RECORDS.replace("measures:\n", federation + "measures:\n", 1) + counted
    text = TEXT + "The Federation counted 70 club members in 2025.\n"
    answer = tiny_engine(tmp_path, records, text).ask(question)
    assert (answer.status == "answered") is answered
    assert not answered or "40" in answer.text


def test_a_share_word_that_also_names_a_measure_still_asks_a_share_of_the_total(tmp_path: Path) -> None:
    records = RECORDS.replace("aliases: [club membership rate,", "aliases: [share, club membership rate,")
    conversation = Conversation()
    engine = tiny_engine(tmp_path, records, TEXT)
    engine.ask("How many club members were in Ardia and Cedra combined?", conversation)
    answer = engine.ask("What share of that was Cedra's?", conversation)
    assert answer.status == "answered" and "71.4%" in answer.text
