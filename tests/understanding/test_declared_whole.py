"""The whole a document is about, declared by the curator (`is_whole`) when the parts it names do not add up
to it: a question naming no subject means the whole; one naming the parts' kind ranges over the parts."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Nationwide, 500 people died on the roads in 2025, down from 560 in 2024.\n"
    "Ardia recorded 40 deaths in 2025, while Borlund recorded 25.\n"
)
RECORDS = """
entities:
  - {id: nation, name: the nation, kind: country, aliases: [the nation, nationwide], is_whole: true}
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
  - {id: borlund, name: Borlund, kind: state, aliases: [Borlund]}
measures:
  - {id: deaths, name: road deaths, unit: deaths, aliases: [road deaths, deaths, died]}
periods:
  - {id: y2024, aliases: ["2024"]}
  - {id: y2025, aliases: ["2025"]}
facts:
  - {id: nation-2025, subject: nation, measure: deaths, period: y2025, value: "500", sentence: 1,
     quote: "Nationwide, 500 people died on the roads in 2025"}
  - {id: nation-2024, subject: nation, measure: deaths, period: y2024, value: "560", sentence: 1,
     quote: "down from 560 in 2024"}
  - {id: ardia-2025, subject: ardia, measure: deaths, period: y2025, value: "40", sentence: 2,
     quote: "Ardia recorded 40 deaths in 2025"}
  - {id: borlund-2025, subject: borlund, measure: deaths, period: y2025, value: "25", sentence: 2,
     quote: "Borlund recorded 25"}
"""


def test_a_question_naming_no_subject_is_about_the_declared_whole(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many road deaths were there in 2025?")
    assert answer.status == "answered" and "500" in answer.text and "40" not in answer.text


def test_without_the_declaration_no_subject_is_guessed(tmp_path: Path) -> None:
    records = RECORDS.replace(", is_whole: true", "")
    answer = tiny_engine(tmp_path, records, TEXT).ask("How many road deaths were there in 2025?")
    assert answer.status != "answered"


def test_the_whole_is_no_rival_of_its_parts(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which had the most road deaths in 2025?")
    assert answer.status == "answered" and "Ardia" in answer.text and "500" not in answer.text


def test_naming_the_parts_kind_asks_about_the_parts_not_the_whole(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert "Ardia" in engine.ask("Which state had the most road deaths in 2025?").text
    how_many = engine.ask("How many states saw road deaths rise?")
    assert how_many.status != "answered"


def test_a_figure_without_a_part_is_the_whole_less_that_part(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many road deaths were there in 2025 without Ardia?")
    assert answer.status == "answered" and "460" in answer.text


def test_the_declared_whole_is_the_whole_of_a_share(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What share of Ardia's 2025 road deaths were the nation's?")
    assert "1250%" not in answer.text.replace(",", "")


ONE_FIGURE_TEXT = (
    "In all, 900 cubic yards were dug.\n"
    "The tunnels took 500 cubic yards and the trench 300.\n"
    "The trench is a deep excavation.\n"
)
ONE_FIGURE_RECORDS = """
entities:
  - {id: works, name: the works, kind: project, aliases: [the works], is_whole: true}
  - {id: tunnels, name: the tunnels, kind: feature, aliases: [the tunnels, tunnels]}
  - {id: trench, name: the trench, kind: excavation, aliases: [the trench, trench]}
measures:
  - {id: dug, name: excavation, unit: cubic yards, aliases: [excavation, dug, digging]}
facts:
  - {id: works-dug, subject: works, measure: dug, value: "900", sentence: 1, quote: "In all, 900 cubic yards were dug"}
  - {id: tunnels-dug, subject: tunnels, measure: dug, value: "500", sentence: 2,
     quote: "The tunnels took 500 cubic yards"}
  - {id: trench-dug, subject: trench, measure: dug, value: "300", sentence: 2, quote: "the trench 300"}
"""


def test_the_one_figure_of_the_whole_is_no_set_its_parts_are(tmp_path: Path) -> None:
    """With no period named, the whole's single figure is no set to take the least of: its parts are ranked."""
    answer = tiny_engine(tmp_path, ONE_FIGURE_RECORDS, ONE_FIGURE_TEXT).ask("Which needed the least digging?")
    assert answer.status == "answered" and "trench" in answer.text and "900" not in answer.text


def test_a_word_of_the_measure_names_no_kind_to_rank(tmp_path: Path) -> None:
    """The word "excavation" is the measure's name and a part's kind: it does not narrow the set to that kind."""
    answer = tiny_engine(tmp_path, ONE_FIGURE_RECORDS, ONE_FIGURE_TEXT).ask("Which had the most excavation?")
    assert answer.status == "answered" and "tunnels" in answer.text


def test_a_figure_with_no_subject_named_asks_whose_it_is(tmp_path: Path) -> None:
    """The whole a question naming no subject is taken to be about does not own a figure the question states."""
    answer = tiny_engine(tmp_path, ONE_FIGURE_RECORDS, ONE_FIGURE_TEXT).ask("What took 500 cubic yards of digging?")
    assert answer.status == "answered" and "tunnels" in answer.text and "900" not in answer.text


def test_a_figure_after_per_is_a_rates_base_not_a_figure_asked_about(tmp_path: Path) -> None:
    text = "Nationwide, the death rate was 1.2 per 100 people in 2025.\nArdia's rate was 1.5.\n"
    records = """
entities:
  - {id: nation, name: the nation, kind: country, aliases: [the nation, nationwide], is_whole: true}
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: rate, name: death rate, unit: deaths per 100 people, aliases: [death rate]}
periods:
  - {id: y2025, aliases: ["2025"]}
facts:
  - {id: nation-rate, subject: nation, measure: rate, period: y2025, value: "1.2", sentence: 1,
     quote: "the death rate was 1.2 per 100 people in 2025"}
  - {id: ardia-rate, subject: ardia, measure: rate, period: y2025, value: "1.5", sentence: 2,
     quote: "Ardia's rate was 1.5"}
"""
    answer = tiny_engine(tmp_path, records, text).ask("death rate per 100 people in 2025?")
    assert answer.status == "answered" and "1.2" in answer.text


def test_without_after_a_one_word_measure_takes_the_name_out(tmp_path: Path) -> None:
    """ "without" right after a measure's one word is no head of another quantity: it takes the name out."""
    answer = tiny_engine(tmp_path, ONE_FIGURE_RECORDS, ONE_FIGURE_TEXT).ask("excavation without the tunnels")
    assert answer.status == "answered" and "400" in answer.text and "tunnels'" in answer.text


def test_without_counting_a_part_takes_it_out(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many road deaths were there in 2025 without counting Ardia?")
    assert answer.status == "answered" and "460" in answer.text, answer.text
