"""An extreme over a group's members when the sources give the figure for only some of them: the answer ranges
over those, and says so first; a total of the members is never made of some of them, and a reading whose figures
cover every member goes before one over some."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Acme, Bolt, Crux and Dyne are the four shops of Ardia.\n"
    "In 2021 sales fell by 2% at Acme, 9% at Bolt and 5% at Crux.\n"
    "In 2021 the four shops sold 40, 30, 20 and 10 widgets.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
  - {id: dyne, name: Dyne, kind: shop, aliases: [Dyne]}
  - {id: ardia-shops, name: Ardia's shops, kind: group, aliases: [Ardia's shops, Ardian shops, shops of Ardia],
     members: [acme, bolt, crux, dyne]}
measures:
  - {id: decline, name: decline in sales, unit: percent, aliases: [sales decline, decline in sales, fell, sales]}
  - {id: widgets, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sold, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-fall, subject: acme, measure: decline, period: y2021, value: 2%, sentence: 2, quote: "2% at Acme"}
  - {id: bolt-fall, subject: bolt, measure: decline, period: y2021, value: 9%, sentence: 2, quote: "9% at Bolt"}
  - {id: crux-fall, subject: crux, measure: decline, period: y2021, value: 5%, sentence: 2, quote: "5% at Crux"}
  - {id: acme-w, subject: acme, measure: widgets, period: y2021, value: "40", sentence: 3, quote: "40"}
  - {id: bolt-w, subject: bolt, measure: widgets, period: y2021, value: "30", sentence: 3, quote: "30"}
  - {id: crux-w, subject: crux, measure: widgets, period: y2021, value: "20", sentence: 3, quote: "20"}
  - {id: dyne-w, subject: dyne, measure: widgets, period: y2021, value: "10", sentence: 3, quote: "10"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("given"), RECORDS, TEXT)


def test_an_extreme_ranges_over_the_members_given_and_says_so(engine: Engine) -> None:
    answer = engine.ask("Which of Ardia's shops had the largest sales decline in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Of Acme, Bolt and Crux, the only ones") and "Bolt had the largest" in answer.text


def test_a_total_is_never_of_some_members(engine: Engine) -> None:
    answer = engine.ask("What was the total sales decline of Ardia's shops in 2021?")
    assert answer.status is not Status.ANSWERED or "Of Acme" not in answer.text


def test_every_member_covered_goes_before_some(engine: Engine) -> None:
    answer = engine.ask("Which of Ardia's shops had the smallest sales in 2021?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("Dyne had the smallest"), answer.text
