"""Each side of a two-measure computation is its own named subject's: a side that says its subject ("Acme's
profit", "its revenue") is never given another subject's figure because the named one has none. Only a side
that names nobody may take the whole the document is about, when it alone has that measure."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: revenue, name: revenue, unit: dollars, aliases: [revenue]}
  - {id: profit, name: profit, unit: dollars, aliases: [profit]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: arev, subject: acme, measure: revenue, period: y2021, value: "$500", sentence: 1,
     quote: "Acme had revenue of $500 in 2021"}
  - {id: bprof, subject: bolt, measure: profit, period: y2021, value: "$50", sentence: 2,
     quote: "Bolt made a profit of $50 in 2021"}
"""
TEXT = "Acme had revenue of $500 in 2021.\nBolt made a profit of $50 in 2021.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("named-sides"), RECORDS, TEXT)


@pytest.mark.parametrize(
    "question",
    [
        "Was Acme's profit higher than its revenue in 2021?",
        "What was the ratio of Acme's profit to its revenue in 2021?",
        "Was Acme's revenue higher than its profit in 2021?",
        "Was Acme's revenue higher than the profit of Acme in 2021?",
        "Was Acme's revenue higher than profit in 2021?",  # profit is Bolt's alone, and Bolt is no whole
    ],
)
def test_a_side_is_never_given_another_subjects_figure(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert "Bolt" not in answer.text.split("They give")[0], answer.text
