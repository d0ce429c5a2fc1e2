""" "Since <period>", the one period named, asks for the change the sources state from it (a fact of a later period
`since` it), not for the level in that period: a bound on the fall is then never checked against the level."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Ardia had 101 clinics in 2020, down 48% from its peak in 1998.\n"
RECORDS = """
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


def test_since_a_period_asks_the_change_from_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much has the number of clinics in Ardia fallen since 1998?")
    assert answer.status == "answered" and "48%" in answer.text, answer.text


def test_a_bound_on_the_fall_since_a_period_is_not_checked_against_the_level(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "Has the number of clinics in Ardia fallen by more than 50% since 1998?"
    )
    assert not answer.text.startswith("Yes"), answer.text
