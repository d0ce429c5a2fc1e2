"""A period the knowledge declares in words around a date ("since 1990") is that period in a question, never the
bare year inside it."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Since 1990, Acme has opened 219 shops.\nAcme opened 12 shops in 1990.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: shops, name: shops opened, unit: shops, aliases: [shops opened, shops]}
periods:
  - {id: since-1990, label: "since 1990", order: 2023.5, aliases: ["since 1990"]}
  - {id: y1990, aliases: ["1990"]}
facts:
  - {id: acme-since, subject: acme, measure: shops, period: since-1990, value: "219", sentence: 1,
     quote: "Since 1990, Acme has opened 219 shops"}
  - {id: acme-1990, subject: acme, measure: shops, period: y1990, value: "12", sentence: 2,
     quote: "Acme opened 12 shops in 1990"}
"""


def test_a_declared_span_is_read_whole(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    since = engine.ask("How many shops has Acme opened since 1990?")
    assert since.status is Status.ANSWERED and "219 shops" in since.text and "12 shops" not in since.text
    year = engine.ask("How many shops did Acme open in 1990?")
    assert year.status is Status.ANSWERED and "12 shops" in year.text and "219" not in year.text
