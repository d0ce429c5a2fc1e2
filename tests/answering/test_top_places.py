"""Places of a ranking asked in yes/no: "the two largest" bounds each place; "second and third" pairs in turn."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = "Acme is the first-largest widget maker. Bolt and Core are the second- and third-largest widget makers.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
measures:
  - id: size-rank
    name: size rank among widget makers
    unit: rank
    aliases: [largest widget maker, largest widget makers, biggest widget maker, biggest widget makers]
    template: "{subject} is the {value}-largest widget maker"
facts:
  - {id: acme-rank, subject: acme, measure: size-rank, value: first, number: 1, sentence: 1,
     quote: "Acme is the first-largest widget maker"}
  - {id: bolt-rank, subject: bolt, measure: size-rank, value: second, number: 2, sentence: 1,
     quote: "Bolt and Core are the second- and third-largest widget makers"}
  - {id: core-rank, subject: core, measure: size-rank, value: third, number: 3, sentence: 1,
     quote: "Bolt and Core are the second- and third-largest widget makers"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("ranks"), RECORDS, TEXT)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Bolt and Core are the two largest widget makers, right?", "No."),
        ("Are Acme and Bolt the two largest widget makers?", "Yes."),
        ("Is Core among the two biggest widget makers?", "No."),
        ("Is Core among the three largest widget makers?", "Yes."),
        ("Are Bolt and Core the second and third largest widget makers?", "Yes."),
        ("Are Bolt and Core the third and second largest widget makers?", "No."),
    ],
)
def test_places_asked_of_a_ranking(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text
