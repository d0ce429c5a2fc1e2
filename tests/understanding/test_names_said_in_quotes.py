"""A name with no figure of the measure that the quote of the other subject's figure says ("carried 6.1 percent
more passengers to and from Ardia") places that figure: it is no second subject, and the figure is answered."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Foreign airlines carried 6.1 percent more passengers to and from Ardia in 2017 than in 2016.\n"
    "Flights into and out of Ardia were 1.7 million in 2017.\n"
)
RECORDS = """
entities:
  - {id: foreign, name: foreign airlines, kind: airlines, aliases: [foreign airlines]}
  - {id: ardia, name: air travel to and from Ardia, kind: market, aliases: [Ardia]}
measures:
  - {id: passengers, name: passengers, unit: passengers, aliases: [passengers]}
  - {id: flights, name: flights, unit: flights, aliases: [flights]}
periods:
  - {id: y2016, aliases: ["2016"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: f-change, subject: foreign, measure: passengers, period: y2017, since: y2016, change: +6.1 percent,
     sentence: 1, quote: "Foreign airlines carried 6.1 percent more passengers to and from Ardia in 2017 than in 2016"}
  - {id: a-flights, subject: ardia, measure: flights, period: y2017, value: 1.7 million, sentence: 2,
     quote: "Flights into and out of Ardia were 1.7 million in 2017"}
"""


def test_a_name_the_figures_quote_says_places_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("By how much did foreign airlines increase passengers to and from Ardia in 2017?")
    assert answer.status == "answered" and "6.1" in answer.text, answer.text


def test_a_market_with_figures_of_its_own_beside_a_subject_without_them_only_places(tmp_path: Path) -> None:
    """The market has figures of a measure of the same name, the airlines none: no gap between the two is asked."""
    records = RECORDS.replace(
        "  - {id: flights,",
        "  - {id: market-passengers, name: passengers transported, unit: passengers, aliases: [passengers]}\n"
        "  - {id: flights,",
    )
    records += """  - {id: a-passengers, subject: ardia, measure: market-passengers, period: y2017,
     value: 226.9 million, sentence: 3, quote: "226.9 million passengers travelled to and from Ardia in 2017"}
"""
    text = TEXT + "In all, 226.9 million passengers travelled to and from Ardia in 2017.\n"
    engine = tiny_engine(tmp_path, records, text)
    answer = engine.ask("By how much did foreign airlines increase passengers to and from Ardia in 2017?")
    assert answer.status == "answered" and "6.1" in answer.text, answer.text
