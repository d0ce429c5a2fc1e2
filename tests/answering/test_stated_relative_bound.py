"""A bound on a relative change ("fell by more than half", "by more than 50%") of a measure counted in things is
weighed against the change the sources state in percent, when no two levels give it: No, with the figure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Ardia had 101 clinics in 2020, down 48% from 2019.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: clinics, name: number of clinics, unit: clinics, aliases: [clinics, number of clinics]}
periods:
  - {id: y2019, aliases: ["2019"]}
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: ardia-2020, subject: ardia, measure: clinics, period: y2020, value: "101", sentence: 1,
     quote: "Ardia had 101 clinics in 2020"}
  - {id: ardia-fall, subject: ardia, measure: clinics, period: y2020, since: y2019, change: "-48%", sentence: 1,
     quote: "down 48% from 2019"}
"""


def test_a_bound_on_a_stated_relative_change_is_settled(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    more = engine.ask("Did the number of clinics in Ardia fall by more than half in 2020?")
    assert more.text.startswith("No") and "48%" in more.text, more.text
    less = engine.ask("Did the number of clinics in Ardia fall by more than 40% in 2020?")
    assert less.text.startswith("Yes") and "48%" in less.text, less.text
