"""A measure named by the words of one of its aliases set apart ("how much red is Acme expected to grow"),
and one measure as a share of another of the same subject ("what percentage of its output is red")."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme's output is forecast at 200 tons in 2021.\nAcme's red output is forecast at 50 tons.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: output, name: output, unit: tons, aliases: [output, grow, harvest]}
  - {id: red-output, name: red output, unit: tons, aliases: [red output, red harvest, red]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-output, subject: acme, measure: output, period: y2021, value: "200 tons", basis: forecast,
     sentence: 1, quote: "Acme's output is forecast at 200 tons in 2021"}
  - {id: acme-red, subject: acme, measure: red-output, period: y2021, value: "50 tons", basis: forecast,
     sentence: 2, quote: "Acme's red output is forecast at 50 tons", context: [{sentence: 1, quote: "in 2021"}]}
"""


def test_an_alias_said_in_pieces_names_its_measure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much red is Acme expected to harvest in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "50 tons" in answer.text


def test_a_word_of_another_measures_longer_name_is_not_taken(tmp_path: Path) -> None:
    """ "red output" is one name: its "output" does not join "harvest" into an alias of another measure."""
    records = RECORDS.replace("aliases: [output, grow, harvest]", "aliases: [grow, harvest, harvest output]")
    answer = tiny_engine(tmp_path, records, TEXT).ask("How much harvest of red output did Acme have in 2021?")
    assert "200 tons" not in answer.text


def test_one_measure_as_a_share_of_another(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What percentage of Acme's 2021 output is red?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "25%" in answer.text


BLUE_TEXT = TEXT + "Acme's blue output is forecast at 80 tons.\n"
BLUE = """
  - {id: acme-blue, subject: acme, measure: blue-output, period: y2021, value: "80 tons", basis: forecast,
     sentence: 3, quote: "Acme's blue output is forecast at 80 tons", context: [{sentence: 1, quote: in 2021}]}
"""
BLUE_MEASURE = "  - {id: blue-output, name: blue output, unit: tons, aliases: [blue output, grow blue, blue]}\nperiods:"


def test_a_verb_said_with_two_measures_is_theirs_not_a_third(tmp_path: Path) -> None:
    """ "grow" names output, but in "grow more red than blue" it is the verb of "grow red" and "grow blue"."""
    records = RECORDS.replace("aliases: [red output, red harvest, red]", "aliases: [red output, grow red, red]")
    records = records.replace("periods:", BLUE_MEASURE) + BLUE
    answer = tiny_engine(tmp_path, records, BLUE_TEXT).ask("Does Acme grow more red than blue?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("No"), answer.text
