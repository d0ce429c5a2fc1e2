"""A group whose name is a list ("Storms X, Y and Z"), or whose members are named as one, is that group; a whole
less some of its parts is its own figure less theirs."""

from __future__ import annotations

from pathlib import Path

from factbot.knowledge.numbers import format_amount
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia], members: [floods, storms]}
  - {id: floods, name: floods, kind: disaster type, aliases: [floods]}
  - {id: storms, name: storms, kind: disaster type, aliases: [storms]}
  - {id: x, name: Storm Xena, kind: storm, aliases: [Xena]}
  - {id: y, name: Storm Yuri, kind: storm, aliases: [Yuri]}
  - {id: z, name: Storm Zola, kind: storm, aliases: [Zola]}
  - {id: three, name: "Storms Xena, Yuri and Zola", kind: group, aliases: ["Storms Xena, Yuri and Zola"],
     members: [x, y, z]}
measures:
  - {id: count, name: number of disasters, unit: events, aliases: [disasters]}
  - {id: cost, name: cost of disasters, unit: US dollars, aliases: [cost, damage]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: land-count, subject: land, measure: count, period: y2020, value: "3", sentence: 1,
     quote: "Freedonia had 3 disasters in 2020"}
  - {id: floods-count, subject: floods, measure: count, period: y2020, value: "two", sentence: 1, quote: "two floods"}
  - {id: storms-count, subject: storms, measure: count, period: y2020, value: "one", sentence: 1, quote: "one storm"}
  - {id: land-cost, subject: land, measure: cost, period: y2020, value: "$10.5 billion", sentence: 2,
     quote: "Their cost was $10.5 billion"}
  - {id: three-cost, subject: three, measure: cost, period: y2020, value: "$8.2 billion", sentence: 3,
     quote: "Storms Xena, Yuri and Zola alone cost $8.2 billion"}
"""
TEXT = (
    "Freedonia had 3 disasters in 2020: two floods and one storm.\n"
    "Their cost was $10.5 billion.\n"
    "Storms Xena, Yuri and Zola alone cost $8.2 billion.\n"
)


def test_a_name_that_is_a_list_is_read_across_its_commas(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What did Storms Xena, Yuri and Zola cost in 2020?")
    assert answer.status == "answered" and "$8.2 billion" in answer.text


def test_members_named_as_a_list_name_their_group(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What did Xena, Yuri and Zola cost in 2020?")
    assert answer.status == "answered" and "$8.2 billion" in answer.text


def test_the_whole_less_a_listed_part_is_the_rest(tmp_path: Path) -> None:
    question = "Apart from Xena, Yuri and Zola, how much damage did the other 2020 disasters do?"
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status == "answered" and "$2.3 billion" in answer.text


def test_the_whole_less_a_part_of_no_figure_is_not_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much would 2020 have cost without Xena?")
    assert answer.status != "answered"


def test_billions_are_written_as_billions() -> None:
    from decimal import Decimal

    assert format_amount(Decimal("41200000000")) == "41.2 billion"
    assert format_amount(Decimal("1500000000000")) == "1.5 trillion"
    assert format_amount(Decimal("1234567")) == "1,234,567"
