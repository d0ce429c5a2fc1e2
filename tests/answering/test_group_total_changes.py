"""The change in a group's total between two periods: asked with a total and a rise ("how much did total X grow
from P to Q"), or after two totals ("how much did it grow between them?"), it is the change in the group's own
figures, which are its members' total. The measure is also reported as changes, so a sum of them is read too."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = (
    "In 2010 all flights carried 790 passengers: 630 on domestic flights and 160 on international flights.\n"
    "In 2015 all flights carried 898 passengers: 696 on domestic flights and 202 on international flights.\n"
    "International flights carried 5 percent more passengers in 2015 than in 2014.\n"
)
RECORDS = """
entities:
  - {id: all, name: all flights, kind: whole, is_whole: true, aliases: [all flights], members: [domestic, intl]}
  - {id: domestic, name: domestic flights, kind: flight type, aliases: [domestic flights, domestic]}
  - {id: intl, name: international flights, kind: flight type, aliases: [international flights, international]}
measures:
  - {id: passengers, name: passengers, unit: passengers, aliases: [passengers]}
periods:
  - {id: y2010, aliases: ["2010"]}
  - {id: y2014, aliases: ["2014"]}
  - {id: y2015, aliases: ["2015"]}
facts:
  - {id: all-2010, subject: all, measure: passengers, period: y2010, value: "790", sentence: 1,
     quote: "In 2010 all flights carried 790 passengers"}
  - {id: dom-2010, subject: domestic, measure: passengers, period: y2010, value: "630", sentence: 1,
     quote: "630 on domestic flights"}
  - {id: intl-2010, subject: intl, measure: passengers, period: y2010, value: "160", sentence: 1,
     quote: "160 on international flights"}
  - {id: all-2015, subject: all, measure: passengers, period: y2015, value: "898", sentence: 2,
     quote: "In 2015 all flights carried 898 passengers"}
  - {id: dom-2015, subject: domestic, measure: passengers, period: y2015, value: "696", sentence: 2,
     quote: "696 on domestic flights"}
  - {id: intl-2015, subject: intl, measure: passengers, period: y2015, value: "202", sentence: 2,
     quote: "202 on international flights"}
  - {id: intl-growth, subject: intl, measure: passengers, period: y2015, since: y2014, change: +5 percent, sentence: 3,
     quote: "International flights carried 5 percent more passengers in 2015 than in 2014"}
"""


def test_how_much_the_total_grew_is_the_change_in_the_groups_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much did total passengers grow from 2010 to 2015?")
    assert answer.status == "answered" and "108" in answer.text, answer.text


def test_how_much_it_grew_between_two_totals_is_the_change_in_the_groups_figure(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    assert "790" in engine.ask("What were total passengers in 2010?", conversation).text
    assert "898" in engine.ask("and in 2015?", conversation).text
    answer = engine.ask("how much did it grow between them?", conversation)
    assert answer.status == "answered" and "108" in answer.text, answer.text
