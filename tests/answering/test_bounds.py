"""A superlative over one figure the source writes as a limit ("up to 40%") is answered by that limit."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

LIMITS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: discount, name: discount on widgets, unit: percent, aliases: [discount on widgets, discount]}
  - {id: plants, name: plants, unit: plants, aliases: [plants]}
facts:
  - {id: acme-discount, subject: acme, measure: discount, value: up to 40%, sentence: 1,
     quote: "Acme offers a discount on widgets of up to 40%"}
  - {id: bolt-plants, subject: bolt, measure: plants, value: "12", sentence: 2, quote: "Bolt runs 12 plants"}
"""
TEXT = "Acme offers a discount on widgets of up to 40%.\nBolt runs 12 plants.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("limits"), LIMITS, TEXT)


def test_the_most_of_a_figure_written_as_an_upper_limit_is_that_limit(engine: Engine) -> None:
    answer = engine.ask("What is the biggest discount on widgets Acme offers?")
    assert answer.status == "answered"
    assert "40%" in answer.text
    assert "upper limit" in answer.text


def test_an_exact_figure_is_no_extreme_of_anything(engine: Engine) -> None:
    assert engine.ask("What is the largest number of plants Bolt runs?").status != "answered"


def test_the_least_of_an_upper_limit_is_not_known(engine: Engine) -> None:
    assert engine.ask("What is the smallest discount on widgets Acme offers?").status != "answered"
