"""Words that ask what no figure answers are charged to every reading: a bound with no figure before a measure's
name ("under voting age"), and the conditional of a hypothetical ("if ... would")."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "In 2017 Ardia had 300 residents, of whom 240 were of voting age.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
  - {id: bolt, name: Bolt, kind: state, aliases: [Bolt]}
measures:
  - {id: residents, name: population, unit: people, aliases: [population, residents]}
  - {id: voting, name: voting-age population, unit: people, aliases: [voting-age population, voting age]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: ardia-residents, subject: ardia, measure: residents, period: y2017, value: "300", sentence: 1,
     quote: "In 2017 Ardia had 300 residents"}
  - {id: ardia-voting, subject: ardia, measure: voting, period: y2017, value: "240", sentence: 1,
     quote: "240 were of voting age"}
"""


def test_a_bound_before_a_measures_name_is_not_the_name(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("What share of Ardia's 2017 population was of voting age?").status == "answered"
    assert engine.ask("What share of Ardia's 2017 population was under voting age?").status != "answered"


def test_a_bound_with_its_figure_still_bounds(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Was Ardia's 2017 population under 400?")
    assert answer.status == "answered" and answer.text.startswith("Yes")


def test_a_hypothetical_is_not_answered_from_what_happened(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "If Ardia's population doubled, what would its 2017 population be?"
    )
    assert answer.status != "answered"


def test_a_favour_asked_with_could_is_no_hypothetical(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Could you tell me if Ardia had more than 200 residents in 2017?")
    assert answer.status == "answered" and answer.text.startswith("Yes")
