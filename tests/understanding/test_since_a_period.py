"""'Since 1998' names the change a fact states since 1998, not the level of 1998."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme's output was 101.4 tonnes in 2016, down 48% from its peak in 1998.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: output, name: output, unit: tonnes, aliases: [output]}
periods:
  - {id: y1998, aliases: ["1998"]}
  - {id: y2016, aliases: ["2016"]}
facts:
  - {id: acme-2016, subject: acme, measure: output, period: y2016, value: 101.4 tonnes, sentence: 1,
     quote: "Acme's output was 101.4 tonnes in 2016"}
  - {id: acme-fall, subject: acme, measure: output, period: y2016, since: y1998, change: -48%, sentence: 1,
     quote: "down 48% from its peak in 1998", context: [{sentence: 1, quote: "Acme's output"}]}
"""


def test_since_a_period_asks_the_change_stated_since_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How much has Acme's output fallen since its 1998 peak?")
    assert answer.status is Status.ANSWERED and "down 48%" in answer.text
    assert engine.ask("Has Acme's output risen since 1998?").text.startswith("No")
    assert "48%" not in engine.ask("Acme's output in 1998").text.split("(")[0]


def test_a_bound_on_a_change_stated_in_percent_is_weighed_against_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Has Acme's output fallen by more than half since 1998?").text.startswith("No")
    assert engine.ask("Has Acme's output fallen by more than 40% since 1998?").text.startswith("Yes")


SUBJECTS_TEXT = (
    "Bolt has added 40 staff since 2019.\n"
    "Acme added 10 staff between 2019 and 2021.\n"
    "Acme added 5 staff in 2022.\n"
    "Cole added 7 staff in 2022.\n"
)

SUBJECTS_RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cole, name: Cole, kind: company, aliases: [Cole]}
measures:
  - {id: staff, name: staff, unit: people, aliases: [staff]}
periods:
  - {id: y2019, aliases: ["2019"]}
  - {id: y2021, aliases: ["2021"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: bolt-since, subject: bolt, measure: staff, period: y2022, since: y2019, change: "+40", sentence: 1,
     quote: "Bolt has added 40 staff since 2019"}
  - {id: acme-since, subject: acme, measure: staff, period: y2021, since: y2019, change: "+10", sentence: 2,
     quote: "Acme added 10 staff between 2019 and 2021"}
  - {id: acme-2022, subject: acme, measure: staff, period: y2022, change: "+5", sentence: 3,
     quote: "Acme added 5 staff in 2022"}
  - {id: cole-2022, subject: cole, measure: staff, period: y2022, change: "+7", sentence: 4,
     quote: "Cole added 7 staff in 2022"}
"""


def test_since_names_the_end_of_the_named_subjects_own_change(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, SUBJECTS_RECORDS, SUBJECTS_TEXT)
    acme = engine.ask("How many staff has Acme added since 2019?")
    assert acme.status is Status.ANSWERED and "10" in acme.text and "5 people" not in acme.text, acme.text
    assert "40" in engine.ask("How many staff has Bolt added since 2019?").text


def test_since_names_no_end_of_another_subjects_change(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, SUBJECTS_RECORDS, SUBJECTS_TEXT)
    answer = engine.ask("How many staff has Cole added since 2019?")
    assert answer.status is not Status.ANSWERED and "7" not in answer.text.split("They give")[0], answer.text


# A measure counted in things, its change stated since a period several years back.
COUNT_TEXT = "Ardia had 101 clinics in 2020, down 48% from its peak in 1998.\n"
COUNT_RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: clinics, name: number of clinics, unit: clinics, aliases: [clinics, number of clinics]}
periods:
  - {id: y1998, aliases: ["1998"]}
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: ardia-2020, subject: ardia, measure: clinics, period: y2020, value: "101", sentence: 1,
     quote: "Ardia had 101 clinics in 2020"}
  - {id: ardia-fall, subject: ardia, measure: clinics, period: y2020, since: y1998, change: "-48%", sentence: 1,
     quote: "down 48% from its peak in 1998"}
"""


def test_since_a_period_asks_the_change_of_a_count_from_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, COUNT_RECORDS, COUNT_TEXT).ask(
        "How much has the number of clinics in Ardia fallen since 1998?"
    )
    assert answer.status == "answered" and "48%" in answer.text, answer.text


def test_a_bound_on_the_fall_of_a_count_since_a_period_is_not_checked_against_the_level(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, COUNT_RECORDS, COUNT_TEXT).ask(
        "Has the number of clinics in Ardia fallen by more than 50% since 1998?"
    )
    assert not answer.text.startswith("Yes"), answer.text
