"""An average cue beside a measure that already is a mean ("on average" of "mean age") names the figure's
kind; it asks for averaging only when the question names several figures to average."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "The mean age of Acme's workers was 40 years in 2020.\nIt rose to 42 years in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: mean-age, name: mean age of workers, unit: years, aliases: [mean age of workers, age of workers]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: mean-age, period: y2020, value: "40 years", sentence: 1,
     quote: "The mean age of Acme's workers was 40 years in 2020"}
  - {id: acme-2021, subject: acme, measure: mean-age, period: y2021, value: "42 years", sentence: 2,
     quote: "It rose to 42 years in 2021"}
"""


def test_on_average_of_a_mean_gives_the_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the age of workers at Acme on average in 2021?")
    assert answer.status == "answered" and answer.trace.intent == "lookup"
    assert "42 years" in answer.text


def test_an_average_over_two_years_still_averages(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the average age of workers at Acme in 2020 and 2021?")
    assert answer.trace.intent == "average" and "41" in answer.text
