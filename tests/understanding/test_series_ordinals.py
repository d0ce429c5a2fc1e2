"""Periods named by their place in a curated series, said with other determiners, in digits, or alone."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = (
    "In the past three years, Acme's market share was 40%, 30% and 20% respectively.\n"
    "In the first half of 2024, it fell to 10%.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: p1, label: in the first of the past three years, order: 1, aliases: [first of the past three years]}
  - {id: p2, label: in the second of the past three years, order: 2, aliases: [second of the past three years]}
  - {id: p3, label: in the latest of the past three years, order: 3, aliases: [latest of the past three years]}
  - {id: h1, label: in the first half of 2024, order: 4, aliases: [first half of 2024]}
facts:
  - {id: a4, subject: acme, measure: share, period: h1, value: 10%, sentence: 2, quote: "it fell to 10%"}
  - {id: a1, subject: acme, measure: share, period: p1, value: 40%, sentence: 1, quote: "40%, 30% and 20%"}
  - {id: a2, subject: acme, measure: share, period: p2, value: 30%, sentence: 1, quote: "40%, 30% and 20%"}
  - {id: a3, subject: acme, measure: share, period: p3, value: 20%, sentence: 1, quote: "40%, 30% and 20%"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("series"), RECORDS, TEXT)


@pytest.mark.parametrize(
    "question",
    [
        "By what percent did Acme's market share fall from the first of those three years to the third?",
        "How did Acme's market share change from the first of the last 3 years to the latest?",
        "How did Acme's market share change from the second to the third of the past three years?",
    ],
)
def test_a_place_said_alone_beside_a_series_is_its_period(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered", answer.text
    assert "%" in answer.text and ("50" in answer.text or "33.3" in answer.text), answer.text


def test_a_place_with_other_determiners_is_its_period(engine: Engine) -> None:
    answer = engine.ask("What was Acme's market share in the second of those 3 years?")
    assert answer.status == "answered" and "30%" in answer.text, answer.text


def test_digits_in_a_period_alias_said_in_words_are_its_name(engine: Engine) -> None:
    answer = engine.ask("What was Acme's average market share over the past 3 years?")
    assert answer.status == "answered" and "30%" in answer.text and "10%" not in answer.text, answer.text


def test_a_place_outside_the_series_reads_nothing(engine: Engine) -> None:
    answer = engine.ask("What was Acme's market share in the fourth of those three years?")
    assert answer.status != "answered" or "%" not in answer.text, answer.text
