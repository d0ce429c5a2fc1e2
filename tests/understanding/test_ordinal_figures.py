"""An ordinal ("the first", "the second") is explained only by a reading that uses a place: a set's n-th or a rank."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: market-share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: p1, label: in the first of three years, order: 1, aliases: [first of the three years]}
  - {id: p2, label: in the second of three years, order: 2, aliases: [second of the three years]}
  - {id: p3, label: in the last of three years, order: 3, aliases: [last of the three years]}
facts:
  - {id: acme-1, subject: acme, measure: market-share, period: p1, value: 60%, sentence: 1, quote: "60%"}
  - {id: acme-2, subject: acme, measure: market-share, period: p2, value: 50%, sentence: 1, quote: "50%"}
  - {id: acme-3, subject: acme, measure: market-share, period: p3, value: 45%, sentence: 1, quote: "45%"}
  - {id: bolt-3, subject: bolt, measure: market-share, period: p3, value: 30%, sentence: 1, quote: "30%"}
"""
TEXT = "Over three years Acme held 60%, 50% and 45% of the market, and Bolt 30% in the last.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("ordinals"), RECORDS, TEXT)


def test_an_ordinal_no_reading_uses_is_not_taken_as_explained(engine: Engine) -> None:
    answer = engine.ask("By how many points did Acme's share fall from the first to the last of the three years?")
    assert answer.status != "answered" or "15" in answer.text  # never the fall from the second year (5 points)


def test_an_ordinal_a_set_uses_is_explained(engine: Engine) -> None:
    answer = engine.ask("Who had the second largest market share in the last of the three years?")
    assert answer.status == "answered"
    assert answer.text.startswith("Bolt")
