"""A cue word in a measure's own name ("average hourly earnings") names the figures; it asks for no average."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme paid average hourly earnings of $30 in 2021.\nBolt paid average hourly earnings of $20 in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: earnings, name: average hourly earnings, unit: US dollars,
     aliases: [average hourly earnings, hourly earnings]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: earnings, period: y2021, value: "$30", sentence: 1,
     quote: "Acme paid average hourly earnings of $30 in 2021"}
  - {id: bolt-2021, subject: bolt, measure: earnings, period: y2021, value: "$20", sentence: 2,
     quote: "Bolt paid average hourly earnings of $20 in 2021"}
"""


def test_a_cue_in_the_measures_name_gives_each_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were average hourly earnings at Acme and Bolt in 2021?")
    assert answer.status == "answered" and answer.trace.intent == "lookup"
    assert "$30" in answer.text and "$20" in answer.text and "$25" not in answer.text


def test_the_same_cue_asked_on_its_own_still_averages(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("What is the average of the average hourly earnings of Acme and Bolt in 2021?")
    assert answer.trace.intent == "average" and "$25" in answer.text
