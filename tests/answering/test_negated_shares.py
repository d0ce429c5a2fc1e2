"""A negation said on a share's measure asks for the rest of the whole (100% less the share), with the working;
a negation on a subject leaves the share alone, and a share the rest cannot be taken of is not answered."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "In 2020, 70% of Ardia's homes had solar panels and 20% had no heating.\nBolt is not in Ardia.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: region, aliases: [Ardia]}
  - {id: bolt, name: Bolt, kind: town, aliases: [Bolt]}
measures:
  - {id: solar, name: share of homes with solar panels, unit: percent,
     aliases: [share of homes with solar panels, homes with solar panels, solar panels]}
  - {id: cold, name: share of homes with no heating, unit: percent, aliases: [no heating, homes with no heating]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: ardia-solar, subject: ardia, measure: solar, period: y2020, value: 70%, sentence: 1,
     quote: "In 2020, 70% of Ardia's homes had solar panels"}
  - {id: ardia-cold, subject: ardia, measure: cold, period: y2020, value: 20%, sentence: 1,
     quote: "20% had no heating"}
"""


def test_a_negated_share_is_the_rest_of_the_whole(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in (
        "What share of Ardia's homes did not have solar panels in 2020?",
        "What percentage of homes in Ardia didn't get solar panels in 2020?",
    ):
        answer = engine.ask(question)
        assert answer.status == "answered", question
        assert "30%" in answer.text and "70%" in answer.text and "100%" in answer.text, answer.text


def test_the_share_itself_is_still_the_share(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What share of Ardia's homes had solar panels in 2020?")
    assert answer.status == "answered" and "70%" in answer.text and "30%" not in answer.text


def test_a_negation_in_the_measures_own_name_is_the_name(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What share of Ardia's homes had no heating in 2020?")
    assert answer.status == "answered" and "20%" in answer.text and "80%" not in answer.text


def test_a_negation_on_a_subject_leaves_the_share_alone(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What share of homes not in Bolt had solar panels in 2020?")
    assert "30%" not in answer.text


def test_a_negation_opening_its_own_clause_says_what_is_not_asked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "In percent, not solar panels per home, what was Ardia's share of homes with solar panels in 2020?"
    )
    assert "30%" not in answer.text


def test_a_negation_is_turned_round_only_for_an_amount_asked_through_light_words(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in (
        "Which region did not report its share of homes with solar panels in 2020?",  # asks which, not how much
        "What share of Ardia's homes did not report solar panels in 2020?",  # "report": no light verb
        "Did 70% of Ardia's homes not have solar panels in 2020?",  # yes or no: neither the share nor the rest
    ):
        answer = engine.ask(question)
        assert answer.status != "answered", (question, answer.text)
        assert "30%" not in answer.text and not answer.text.startswith(("Yes", "No")), (question, answer.text)
