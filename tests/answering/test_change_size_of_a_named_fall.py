"""A bound on the size of a change of a measure whose name says the way ("decline in sales": its 12% is a fall):
"did it fall by more than 10%?" weighs 12 against 10 after the way, which the name gives, not the figure's sign."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = "In 2021 Acme's sales fell by 12% and Bolt's by 4%.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: decline, name: decline in sales, unit: percent, is_change: true,
     aliases: [sales decline, decline in sales, sales fall, fell, fall, drop]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-fall, subject: acme, measure: decline, period: y2021, value: 12%, sentence: 1,
     quote: "Acme's sales fell by 12%"}
  - {id: bolt-fall, subject: bolt, measure: decline, period: y2021, value: 4%, sentence: 1, quote: "Bolt's by 4%"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("named-fall"), RECORDS, TEXT)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme's sales fall by more than 10% in 2021?", "Yes"),
        ("Did Bolt's sales fall by more than 10% in 2021?", "No"),
        ("Did Acme's sales fall by less than 10% in 2021?", "No"),
        ("Did Acme's sales rise by more than 10% in 2021?", "No"),
    ],
)
def test_the_size_of_a_named_fall_is_weighed_after_its_way(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(f"{verdict}."), answer.text
