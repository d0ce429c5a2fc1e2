"""A statement names a measure in any of its names: "why did the red output fall?" is answered by a statement
saying "red production fell", and "why is the crop shrinking?" by one saying "the harvest"."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Acme's red production fell to 50 tons in 2021 because of heavy rain.\n"
    "Acme's blue production rose on new machines.\n"
)

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: red-output, name: red production, unit: tons, aliases: [red production, red output, red crop]}
  - {id: blue-output, name: blue production, unit: tons, aliases: [blue production, blue output, blue crop]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-red, subject: acme, measure: red-output, period: y2021, value: "50 tons",
     sentence: 1, quote: "Acme's red production fell to 50 tons in 2021"}
statements:
  - {id: why-red-down, kind: reason, about: [acme], sentence: 1,
     quote: "Acme's red production fell to 50 tons in 2021 because of heavy rain"}
  - {id: why-blue-up, kind: reason, about: [acme], sentence: 2, quote: "Acme's blue production rose on new machines"}
"""


def test_a_statement_names_the_measure_in_other_words(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Why did Acme's red output fall?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "rain" in answer.text, answer.text
    assert "machines" in engine.ask("Why did Acme's blue crop grow?").text


def test_an_amount_is_still_a_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much red output did Acme have in 2021?")
    assert "50 tons" in answer.text, answer.text
