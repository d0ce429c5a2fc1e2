"""A rate's change stated in points is shown with the rate it reached and the relative change."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Ardia's jobless rate was 10.7 percent in 2016, down 0.4 percentage point from 2015.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: rate, name: jobless rate, unit: percent, aliases: [jobless rate]}
periods:
  - {id: y2015, aliases: ["2015"]}
  - {id: y2016, aliases: ["2016"]}
facts:
  - {id: level, subject: ardia, measure: rate, period: y2016, value: 10.7 percent, sentence: 1,
     quote: "Ardia's jobless rate was 10.7 percent in 2016"}
  - {id: change, subject: ardia, measure: rate, period: y2016, since: y2015, change: -0.4 percentage point,
     sentence: 1, quote: "down 0.4 percentage point from 2015"}
"""


def test_a_rates_change_in_points_with_its_level_and_relative_change(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Ardia's jobless rate go up in 2016?")
    assert answer.text.startswith("No") and "10.7" in answer.text and "3.6%" in answer.text
