""" "Most common" asks the highest count; "the most up-to-date" grades an adjective and asks for no highest figure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia], members: [floods, storms, fires]}
  - {id: fires, name: fires, kind: disaster type, aliases: [fires]}
  - {id: floods, name: floods, kind: disaster type, aliases: [floods]}
  - {id: storms, name: storms, kind: disaster type, aliases: [storms]}
measures:
  - {id: count, name: number of disasters, unit: events, aliases: [disasters, disaster]}
  - {id: temp, name: average temperature, unit: °F, aliases: [temperature]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: land-count, subject: land, measure: count, period: y2020, value: "4", sentence: 1,
     quote: "Freedonia had 4 disasters in 2020"}
  - {id: floods-count, subject: floods, measure: count, period: y2020, value: "two", sentence: 1, quote: "two floods"}
  - {id: storms-count, subject: storms, measure: count, period: y2020, value: "one", sentence: 1, quote: "one storm"}
  - {id: fires-count, subject: fires, measure: count, period: y2020, value: "a", number: 1, sentence: 1,
     quote: "a fire"}
  - {id: land-temp, subject: land, measure: temp, period: y2020, value: 54.6°F, sentence: 2, quote: "54.6°F in 2020"}
statements:
  - id: where-data
    kind: description
    sentence: 3
    quote: "The most up-to-date temperature data is available through the Weather Atlas."
    keywords: [up-to-date, latest data, where, find]
"""
TEXT = (
    "Freedonia had 4 disasters in 2020: two floods, one storm and a fire.\n"
    "Its average temperature was 54.6°F in 2020.\n"
    "The most up-to-date temperature data is available through the Weather Atlas.\n"
)


def test_most_common_asks_the_highest_count(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which type of disaster was most common in 2020?")
    assert answer.status == "answered" and answer.text.startswith("Floods")


def test_the_most_before_a_compound_adjective_grades_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Where can I get the most up-to-date temperature data?")
    assert answer.status == "answered" and "Weather Atlas" in answer.text


def test_all_of_a_kind_is_the_group_of_that_kind_even_mid_conversation(tmp_path: Path) -> None:
    from factbot.understanding.conversation import Conversation

    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    engine.ask("How many floods were among 2020's disasters?", conversation)
    engine.ask("and storms?", conversation)
    answer = engine.ask("rank all the disaster types", conversation)
    assert answer.status == "answered" and "fires" in answer.text
