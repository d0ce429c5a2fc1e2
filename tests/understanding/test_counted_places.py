"""Ordinals before the count of a series ("from the first to the third of those three years") pick those places
of the series: the change is between them, not between the series' ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2019, aliases: ["2019"]}
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: acme-1, subject: acme, measure: share, period: y2019, value: "40%", sentence: 1, quote: "40%"}
  - {id: acme-2, subject: acme, measure: share, period: y2020, value: "30%", sentence: 1, quote: "30%"}
  - {id: acme-3, subject: acme, measure: share, period: y2021, value: "24%", sentence: 1, quote: "24%"}
  - {id: acme-4, subject: acme, measure: share, period: y2022, value: "20%", sentence: 1, quote: "20%"}
"""
TEXT = "From 2019 to 2022 Acme's market share was 40%, 30%, 24% and 20%.\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("places"), RECORDS, TEXT)


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("By what percent did Acme's market share fall from the first to the third of those four years?", "40%"),
        ("By what percent did Acme's market share fall from the second to the fourth of those four years?", "33.3"),
        ("By what percent did Acme's market share fall from the second to the last of the four years?", "33.3"),
    ],
)
def test_the_ordinals_pick_the_places_of_the_counted_series(engine: Engine, question: str, change: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and f"a fall of {change}" in answer.text


def test_without_ordinals_the_change_is_over_the_whole_series(engine: Engine) -> None:
    answer = engine.ask("By what percent did Acme's market share fall over those four years?")
    assert answer.status == "answered" and "a fall of 50%" in answer.text


def test_a_place_outside_the_series_picks_nothing(engine: Engine) -> None:
    assert (
        engine.ask(
            "By what percent did Acme's market share fall from the first to the fifth of those four years?"
        ).status
        != "answered"
    )


GROUP = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Pact, kind: group, aliases: [Pact], members: [acme, bolt]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: pact-1, subject: pact, measure: share, period: y2020, value: "30%", sentence: 1, quote: "30%"}
  - {id: pact-2, subject: pact, measure: share, period: y2021, value: "24%", sentence: 1, quote: "24%"}
  - {id: pact-3, subject: pact, measure: share, period: y2022, value: "21%", sentence: 1, quote: "21%"}
  - {id: acme-s, subject: acme, measure: sales, period: y2022, value: "5 widgets", sentence: 2, quote: "5 widgets"}
  - {id: bolt-s, subject: bolt, measure: sales, period: y2022, value: "7 widgets", sentence: 2, quote: "7 widgets"}
"""
GROUP_TEXT = (
    "From 2020 to 2022 the Pact's market share was 30%, 24% and 21%.\nAcme sold 5 widgets and Bolt 7 widgets.\n"
)


def test_a_group_whose_members_lack_the_measure_makes_a_counted_series_of_its_own(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, GROUP, GROUP_TEXT).ask(
        "What was the Pact's average market share over those three years?"
    )
    assert answer.status == "answered" and "25%" in answer.text
