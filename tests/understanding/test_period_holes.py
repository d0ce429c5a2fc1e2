"""A measure's alias said around a period ("the percentage of 2021 capacity additions") is read as that measure, with
the period as a hole in it: not only its tail ("capacity additions", an amount where a percentage is asked)."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "In 2021 Acme added 5 GW of capacity, 40% of the capacity added that year.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: added, name: generating capacity added, unit: gigawatts, aliases: [capacity added, capacity additions]}
  - {id: share, name: share of capacity added, unit: percent, aliases: [share of capacity added,
     percentage of capacity additions]}
periods:
  - {id: y2021, aliases: ["2021"]}
  - {id: h1-2021, label: first half of 2021, aliases: [first half of 2021, first-half 2021]}
facts:
  - {id: acme-s, subject: acme, measure: added, period: y2021, value: "5", sentence: 1, quote: "Acme added 5 GW"}
  - {id: acme-p, subject: acme, measure: share, period: y2021, value: 40%, sentence: 1,
     quote: "40% of the capacity added that year"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("holes"), RECORDS, TEXT)


def test_a_measure_said_around_a_year(engine: Engine) -> None:
    answer = engine.ask("What percentage of 2021 capacity additions was Acme's?")
    assert answer.status is Status.ANSWERED and "40%" in answer.text, answer.text


def test_the_period_in_the_hole_is_still_read(engine: Engine) -> None:
    answer = engine.ask("What percentage of first-half 2021 capacity additions was Acme's?")
    assert "40%" not in answer.text or "first half" in answer.text, answer.text
