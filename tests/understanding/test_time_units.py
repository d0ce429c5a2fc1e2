"""A figure in months answers "how many months after ...", ahead of two dated events."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

DELAY = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: opening-delay, name: delay before the plant opens, unit: months,
     aliases: [delay before the plant opens, plant begin, begin after the deal]}
facts:
  - {id: acme-delay, subject: acme, measure: opening-delay, value: six, sentence: 2,
     quote: "Acme's plant would open six months after the deal"}
statements:
  - {id: deal, kind: event, about: [acme], date: "in 2019", sentence: 1, quote: "Acme signed the deal in 2019."}
  - {id: shop, kind: event, about: [acme], date: "in 2020", sentence: 3, quote: "Acme launched a plant shop in 2020."}
"""
TEXT = (
    "Acme signed the deal in 2019.\n"
    "Acme's plant would open six months after the deal.\n"
    "Acme launched a plant shop in 2020.\n"
)


def test_a_figure_in_the_unit_asked_answers_how_many_months_after(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, DELAY, TEXT)
    answer = engine.ask("How many months after the deal would Acme's plant begin?")
    assert answer.status == "answered"
    assert "six months" in answer.text
