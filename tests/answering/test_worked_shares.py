"""A share the sources do not state is worked out from the measure it is a share of: the part's figure over the
whole's, for the same period. The measure a share is of is found by the whole's name or by an alias of it
("share of capacity added" of "generating capacity added", called "capacity added")."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "In the first half, the nation added 20 GW; solar was 11% of it.\n"
    "In the second half, the nation plans to add 35 GW, with solar at 7 GW.\n"
)
RECORDS = """
entities:
  - {id: nation, name: the nation, kind: country, is_whole: true, aliases: [nation]}
  - {id: solar, name: solar, kind: source, aliases: [solar]}
measures:
  - {id: added, name: generating capacity added, unit: gigawatts, aliases: [capacity added, capacity]}
  - {id: share, name: share of capacity added, unit: percent, aliases: [share of capacity added]}
periods:
  - {id: h1, label: first half of 2023, aliases: [first half]}
  - {id: h2, label: second half of 2023, aliases: [second half]}
facts:
  - {id: n1, subject: nation, measure: added, period: h1, value: "20", sentence: 1, quote: "the nation added 20 GW"}
  - {id: s1, subject: solar, measure: share, period: h1, value: 11%, sentence: 1, quote: "solar was 11% of it"}
  - {id: n2, subject: nation, measure: added, period: h2, value: "35", sentence: 2,
     quote: "the nation plans to add 35 GW"}
  - {id: s2, subject: solar, measure: added, period: h2, value: "7", sentence: 2, quote: "solar at 7 GW"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("worked"), RECORDS, TEXT)


def test_a_share_not_stated_is_worked_out(engine: Engine) -> None:
    answer = engine.ask("What share of capacity added in the second half was solar?")
    assert answer.status is Status.ANSWERED and "20%" in answer.text and "7 ÷ 35" in answer.text, answer.text


def test_a_share_stated_is_looked_up(engine: Engine) -> None:
    answer = engine.ask("What share of capacity added in the first half was solar?")
    assert answer.status is Status.ANSWERED and "11%" in answer.text, answer.text


def test_the_whole_measure_is_found_by_an_alias(engine: Engine) -> None:
    assert engine.kb.share_of == {"share": "added"}
