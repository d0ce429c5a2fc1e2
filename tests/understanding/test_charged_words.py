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


GROWTH = (
    RECORDS.replace(
        "periods:",
        "  - {id: growth, name: population growth, unit: percent, is_change: true, aliases: [growth, grew]}\nperiods:",
    )
    + """  - {id: ardia-growth, subject: ardia, measure: growth, period: y2017, value: 2 percent, sentence: 2,
     quote: "Ardia grew 2 percent in 2017"}
statements:
  - {id: movers, sentence: 3, quote: "People moved to Ardia for its jobs.", about: [ardia]}
"""
)
GROWTH_TEXT = TEXT + "Ardia grew 2 percent in 2017.\nPeople moved to Ardia for its jobs.\n"


def test_no_reading_explains_a_hypotheticals_conditional(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, GROWTH, GROWTH_TEXT).ask("What would Ardia's population be if it grew 5%?")
    assert answer.status != "answered"


def test_an_opinion_asked_is_not_answered(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, GROWTH, GROWTH_TEXT)
    assert engine.ask("Should people move to Ardia?").status != "answered"
    assert engine.ask("Do you think Ardia's population in 2017 was large?").status != "answered"


def test_a_judgement_of_degree_is_an_opinion(tmp_path: Path) -> None:
    """ "too many", "too high": no figure says what is too much."""
    answer = tiny_engine(tmp_path, GROWTH, GROWTH_TEXT).ask("Did Ardia grow too much in 2017?")
    assert answer.status != "answered", answer.text


def test_a_verb_bound_before_a_measure_compares(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "Did Ardia's population exceed its voting-age population in 2017?"
    )
    assert answer.status == "answered" and answer.text.startswith("Yes")


def test_a_multiple_in_words_is_no_plain_comparison(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "Was Ardia's population more than double its voting-age population in 2017?"
    )  # higher, but not twice as high: a bound on the ratio (`multiples`), not a comparison
    assert answer.text.startswith("No.") and "300 ÷ 240 = 1.25" in answer.working
