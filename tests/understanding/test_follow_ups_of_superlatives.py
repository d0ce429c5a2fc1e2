"""Follow-ups to a superlative over a set: "and the lowest?" ranges over the same set; "it" points at the one the
answer singled out; two answers' subjects are what "how many times higher is the first?" sets side by side."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = (
    "Acme sold 120 widgets in 2021, Bolt sold 90 and Crux sold 40.\n"
    "Acme also sold 15 gadgets in 2021, and Bolt 30.\n"
    "Across the country, 250 widgets were sold in 2021 and 200 in 2020.\n"
)
RECORDS = """
entities:
  - {id: country, name: the country, kind: country, aliases: [the country], is_whole: true}
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets]}
  - {id: gadget-sales, name: gadget sales, unit: gadgets, aliases: [gadget sales, gadgets]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120", sentence: 1,
     quote: "Acme sold 120 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90", sentence: 1,
     quote: "Bolt sold 90"}
  - {id: crux-2021, subject: crux, measure: widget-sales, period: y2021, value: "40", sentence: 1,
     quote: "Crux sold 40"}
  - {id: acme-gadgets, subject: acme, measure: gadget-sales, period: y2021, value: "15", sentence: 2,
     quote: "Acme also sold 15 gadgets in 2021"}
  - {id: bolt-gadgets, subject: bolt, measure: gadget-sales, period: y2021, value: "30", sentence: 2,
     quote: "and Bolt 30"}
  - {id: country-2021, subject: country, measure: widget-sales, period: y2021, value: "250", sentence: 3,
     quote: "Across the country, 250 widgets were sold in 2021"}
  - {id: country-2020, subject: country, measure: widget-sales, period: y2020, value: "200", sentence: 3,
     quote: "200 in 2020"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("superlatives"), RECORDS, TEXT)


def test_the_other_end_ranges_over_the_same_set(engine: Engine) -> None:
    conversation = Conversation()
    assert "Acme" in engine.ask("Which shop sold the most widgets?", conversation).text
    lowest = engine.ask("And the fewest?", conversation)
    assert lowest.status == "answered" and lowest.text.startswith("Crux")


def test_the_first_and_the_second_answer_are_set_side_by_side(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("Which shop sold the most widgets?", conversation)
    engine.ask("And the fewest?", conversation)
    times = engine.ask("How many times more is the first?", conversation)
    assert times.status == "answered" and "120 ÷ 40 = 3" in times.working


def test_it_points_at_the_one_the_answer_singled_out(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("Which shop sold the most widgets?", conversation)
    gadgets = engine.ask("How many gadgets did it sell?", conversation)
    assert gadgets.status == "answered" and "Acme" in gadgets.text and "15" in gadgets.text
