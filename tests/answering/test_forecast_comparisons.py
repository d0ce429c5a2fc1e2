"""Two measures of one subject compared as a yes/no question, and "will" questions over forecast figures.

A forecast is what the source expects to happen, so "will X exceed Y?" is settled by the forecasts
of X and Y; figures that are no forecast do not settle what will happen.
"""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Acme's output is forecast at 200 tons in 2021, and its use at 150 tons.\n"
    "Bolt used 90 tons and made 80 tons in 2021.\n"
)

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: output, name: output, unit: tons, aliases: [output, production]}
  - {id: use, name: use, unit: tons, aliases: [use, consumption]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-output, subject: acme, measure: output, period: y2021, value: "200 tons", basis: forecast,
     sentence: 1, quote: "Acme's output is forecast at 200 tons in 2021"}
  - {id: acme-use, subject: acme, measure: use, period: y2021, value: "150 tons", basis: forecast,
     sentence: 1, quote: "its use at 150 tons", context: [{sentence: 1, quote: "in 2021"}]}
  - {id: bolt-use, subject: bolt, measure: use, period: y2021, value: "90 tons",
     sentence: 2, quote: "Bolt used 90 tons", context: [{sentence: 2, quote: "in 2021"}]}
  - {id: bolt-output, subject: bolt, measure: output, period: y2021, value: "80 tons",
     sentence: 2, quote: "made 80 tons in 2021", context: [{sentence: 2, quote: "Bolt"}]}
"""


def test_will_one_forecast_exceed_another(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Will Acme's consumption exceed its production in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("No."), answer.text
    assert engine.ask("Does Acme's production exceed its consumption in 2021?").text.startswith("Yes.")


def test_figures_that_are_no_forecast_do_not_settle_the_future(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Will Bolt's consumption exceed its production in 2021?")
    assert answer.status is Status.UNKNOWN, answer.text


def test_exceeding_a_stated_figure_is_a_bound(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Will Acme's output exceed 180 tons in 2021?").text.startswith("Yes.")
    assert engine.ask("Does Bolt's use exceed 100 tons in 2021?").text.startswith("No.")
