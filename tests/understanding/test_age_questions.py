"""General English asking for an age ("how old", "at what age") names a measure of age: one whose name or alias
holds an age noun, though no alias of it says "how old"."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "The mean age of Acme's workers was 40 years in 2020.\nIt rose to 42 years in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: mean-age, name: mean age of workers, unit: years, aliases: [mean age of workers, age of workers]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: mean-age, period: y2020, value: "40 years", sentence: 1,
     quote: "The mean age of Acme's workers was 40 years in 2020"}
  - {id: acme-2021, subject: acme, measure: mean-age, period: y2021, value: "42 years", sentence: 2,
     quote: "It rose to 42 years in 2021"}
"""


def test_how_old_asks_the_measure_of_age(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in ("How old were the workers at Acme in 2021?", "At what age were Acme's workers in 2021?"):
        answer = engine.ask(question)
        assert answer.status == "answered" and "42 years" in answer.text, question
