"""A cost of things a count counts: "the cost of the disasters" asks the cost, not how many there were; and the
whole the document is about (the entity whose members the others are, for some measure) is the subject of a
question that names none, even of a measure it shares with a part that is not a listed member."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia], members: [floods, storms]}
  - {id: floods, name: floods, kind: disaster type, aliases: [floods]}
  - {id: storms, name: storms, kind: disaster type, aliases: [storms]}
  - {id: x, name: Storm X, kind: storm, aliases: [Storm X]}
  - {id: y, name: Storm Y, kind: storm, aliases: [Storm Y]}
  - {id: two-storms, name: Storms X and Y, kind: group, aliases: [the two storms], members: [x, y]}
measures:
  - {id: count, name: number of billion-dollar disasters, unit: events,
     aliases: [billion-dollar disasters, disasters]}
  - {id: cost, name: cost of billion-dollar disasters, unit: US dollars, aliases: [cost, damage]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: land-count, subject: land, measure: count, period: y2020, value: "3", sentence: 1,
     quote: "Freedonia had 3 billion-dollar disasters in 2020"}
  - {id: floods-count, subject: floods, measure: count, period: y2020, value: "two", sentence: 1, quote: "two floods"}
  - {id: storms-count, subject: storms, measure: count, period: y2020, value: "one", sentence: 1, quote: "one storm"}
  - {id: land-cost, subject: land, measure: cost, period: y2020, value: "$10 billion", sentence: 2,
     quote: "Their cost was $10 billion"}
  - {id: storms-cost, subject: two-storms, measure: cost, period: y2020, value: "$8 billion", sentence: 3,
     quote: "Storms X and Y alone cost $8 billion"}
"""
TEXT = (
    "Freedonia had 3 billion-dollar disasters in 2020: two floods and one storm.\n"
    "Their cost was $10 billion.\n"
    "Storms X and Y alone cost $8 billion.\n"
)


def test_a_cost_named_around_a_period_is_asked_not_the_count(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the total cost of the 2020 billion-dollar disasters?")
    assert answer.status == "answered" and "$10 billion" in answer.text


def test_the_things_a_cost_is_of_are_part_of_its_name(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much did the 2020 disasters cost?")
    assert answer.status == "answered" and "$10 billion" in answer.text


def test_the_total_of_a_whole_is_its_own_figure_not_a_sum_with_its_parts(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the total damage from 2020's disasters?")
    assert answer.status == "answered" and "$10 billion" in answer.text and "18" not in answer.text


def test_the_whole_less_a_part_is_not_the_whole(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much would 2020 have cost without Storm X?")
    assert answer.status != "answered"
