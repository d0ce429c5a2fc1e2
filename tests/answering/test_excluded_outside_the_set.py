"""A name taken out of a set ("outside", "without", "except") must be one of the set's subjects, or a group with
members among them: taking out a market, which is no subject, takes nothing out, and the answer that ignores it
is every subject's figure, not what was asked. Such a question is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: dent, name: Dent, kind: company, aliases: [Dent]}
  - {id: europe, name: Europe, kind: market, aliases: [Europe]}
  - {id: duo, name: the Duo group, kind: group, aliases: [Duo, Duo group], members: [acme, bolt]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets", sentence: 1,
     quote: "Acme sold 120 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets", sentence: 2,
     quote: "Bolt sold 90 widgets in 2021"}
  - {id: dent-eu, subject: dent, measure: widget-sales, period: y2021, market: europe, value: "100 widgets",
     sentence: 3, quote: "Dent sold 100 widgets in Europe in 2021"}
  - {id: dent-2021, subject: dent, measure: widget-sales, period: y2021, value: "600 widgets", sentence: 4,
     quote: "Dent sold 600 widgets in 2021"}
"""
TEXT = (
    "Acme sold 120 widgets in 2021.\n"
    "Bolt sold 90 widgets in 2021.\n"
    "Dent sold 100 widgets in Europe in 2021.\n"
    "Dent sold 600 widgets in 2021.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "What were widget sales in 2021 outside Europe?",
        "Which company sold the most widgets in 2021 outside Europe?",
        "What were the Duo group's widget sales in 2021 without Europe?",
    ],
)
def test_taking_out_what_is_no_subject_answers_nothing(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status != "answered"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which company sold the most widgets in 2021 apart from Dent?", "Acme"),
        ("What were widget sales in 2021 without Dent?", "210"),
    ],
)
def test_taking_out_a_subject_still_answers(tmp_path: Path, question: str, expected: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status == "answered"
    assert expected in answer.text
