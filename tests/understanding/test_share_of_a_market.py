"""A share of a market's own figure: "what share of the passengers to and from Ardia flew to Europe?" takes the
market, a subject of the measure with a figure of its own, as the whole. A market is still no rival of another
subject in a comparison ("Nissan's sales in China" compares Nissan with no one)."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Carriers flew 226.9 million passengers to and from Ardia in 2017.\n"
    "Europe was the largest region, with 65.6 million passengers in 2017.\n"
)
RECORDS = """
entities:
  - {id: ardia, name: air travel to and from Ardia, kind: market, aliases: [to and from Ardia, Ardia]}
  - {id: europe, name: Europe, kind: region, aliases: [Europe]}
measures:
  - {id: passengers, name: passengers, unit: passengers, aliases: [passengers]}
periods:
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: ardia-2017, subject: ardia, measure: passengers, period: y2017, value: 226.9 million, sentence: 1,
     quote: "Carriers flew 226.9 million passengers to and from Ardia in 2017"}
  - {id: europe-2017, subject: europe, measure: passengers, period: y2017, value: 65.6 million, sentence: 2,
     quote: "Europe was the largest region, with 65.6 million passengers in 2017"}
"""


def test_a_share_of_a_markets_figure_takes_the_market_as_whole(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("What share of the 226.9 million passengers to and from Ardia were in Europe?")
    assert answer.status == "answered" and "28.9%" in answer.text, answer.text
