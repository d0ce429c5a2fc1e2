"""A word two measures share names the more general one: "sales" is widget sales, not blue widget sales,
unless the question says what narrows it ("blue")."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

SALES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cato, name: Cato, kind: company, aliases: [Cato]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales, sold]}
  - {id: blue, name: blue widget sales, unit: blue widgets, aliases: [blue widget sales, blue widgets, sales, sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, value: "150",
     sentence: 1, quote: "Acme and Bolt sold 150 and 90 widgets in 2021"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2021, value: "90",
     sentence: 1, quote: "Acme and Bolt sold 150 and 90 widgets in 2021"}
  - {id: acme-blue, subject: acme, measure: blue, period: y2021, value: "15",
     sentence: 2, quote: "15 and 9 were blue"}
  - {id: bolt-blue, subject: bolt, measure: blue, period: y2021, value: "9",
     sentence: 2, quote: "15 and 9 were blue"}
  - {id: cato-blue, subject: cato, measure: blue, period: y2021, value: "4 blue widgets",
     sentence: 3, quote: "Cato sold 4 blue widgets"}
"""
TEXT = "Acme and Bolt sold 150 and 90 widgets in 2021.\nOf those, 15 and 9 were blue.\nCato sold 4 blue widgets.\n"


def test_a_shared_word_names_the_general_measure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, SALES, TEXT).ask("acme + bolt combined sales")
    assert answer.status is Status.ANSWERED
    assert "240" in answer.text


def test_the_narrowing_word_names_the_narrower_measure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, SALES, TEXT).ask("acme + bolt combined blue widget sales")
    assert answer.status is Status.ANSWERED
    assert "24" in answer.text and "240" not in answer.text


def test_a_subject_with_only_the_narrower_measure_is_still_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, SALES, TEXT).ask("how many did Cato sell in 2021?")
    assert answer.status is Status.ANSWERED
    assert "4 blue widgets" in answer.text
