"""Another modifier before the end of a measure's name than the name's own ("a total X" where only "a general X"
is curated) asks for another quantity: not answered, by the measure or by a statement naming it. Leaving the
name's own modifier still names the measure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Ardia's general fertility rate was 62 births per 1,000 women in 2020.\n"
    "Both births and the general fertility rate fell in Ardia in 2020.\n"
)
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: gfr, name: general fertility rate, unit: "births per 1,000 women", aliases: [general fertility rate]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: ardia-gfr, subject: ardia, measure: gfr, period: y2020, value: "62", sentence: 1,
     quote: "Ardia's general fertility rate was 62 births per 1,000 women in 2020"}
statements:
  - {id: fell, sentence: 2, quote: "Both births and the general fertility rate fell in Ardia in 2020.", about: [ardia]}
"""


def test_a_near_name_of_a_measure_is_not_the_measure(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in ("What was Ardia's total fertility rate in 2020?", "What was the marital fertility rate in 2020?"):
        answer = engine.ask(question)
        assert answer.status != "answered", answer.text


def test_the_measures_own_name_still_names_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was Ardia's general fertility rate in 2020?")
    assert answer.status == "answered" and "62" in answer.text, answer.text
