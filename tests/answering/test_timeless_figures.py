"""A figure of no period (a cost, a threshold) set beside another measure's figure of one period."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

COSTS = """
entities:
  - {id: tea, name: tea, kind: commodity, aliases: [tea]}
measures:
  - {id: price, name: average price, unit: US dollars, aliases: [average price, price]}
  - {id: break-even, name: break-even cost, unit: US dollars, aliases: [break-even cost]}
periods:
  - {id: y2010, aliases: ["2010"]}
facts:
  - {id: price-2010, subject: tea, measure: price, period: y2010, value: "$3.60", basis: forecast, sentence: 1,
     quote: "Tea will average $3.60 in 2010"}
  - {id: cost, subject: tea, measure: break-even, value: "$3.50", sentence: 1, quote: "a break-even cost of $3.50"}
"""
TEXT = "Tea will average $3.60 in 2010, above a break-even cost of $3.50.\n"


def test_above_another_measures_figure_of_no_period(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, COSTS, TEXT)
    assert engine.ask("Is the tea price above the break-even cost?").text.startswith("Yes")
    assert engine.ask("Is the tea price below the break-even cost?").text.startswith("No")


def test_by_how_much_a_figure_exceeds_one_of_no_period(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, COSTS, TEXT).ask("By how much does the tea price exceed the break-even cost?")
    assert answer.status == "answered" and "0.1" in answer.text
