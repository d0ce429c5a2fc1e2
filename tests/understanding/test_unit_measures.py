"""A measure named by its unit alone ("how many people ...") when only one measure of the subject counts it."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "In 2017 Ardia had 300 residents and 40 schools, and 12 people moved abroad.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
  - {id: world, name: the world, kind: world, aliases: [abroad]}
measures:
  - {id: residents, name: population, unit: people, aliases: [population, residents]}
  - {id: schools, name: schools, unit: schools, aliases: [schools]}
  - {id: emigrants, name: emigration, unit: people, aliases: [emigration, moved abroad]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: ardia-residents, subject: ardia, measure: residents, period: y2017, value: "300", sentence: 1,
     quote: "In 2017 Ardia had 300 residents"}
  - {id: ardia-schools, subject: ardia, measure: schools, period: y2017, value: "40", sentence: 1,
     quote: "40 schools"}
  - {id: world-emigrants, subject: world, measure: emigrants, period: y2017, value: "12", sentence: 1,
     quote: "12 people moved abroad"}
"""


def test_the_unit_names_the_one_measure_of_the_subject_counted_in_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many people were in Ardia in 2017?")
    assert answer.status == "answered" and "300" in answer.text


def test_a_unit_two_measures_share_names_neither(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many people were there in 2017?")
    assert answer.status != "answered"
