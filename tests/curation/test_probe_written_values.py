"""The probe counts a fact reached when its answer gives the figure as the source writes it: a share written as a
ratio ("about 1 in 5", `number: 20`) is shown so, never as 20, and is still the record asked for."""

from __future__ import annotations

from pathlib import Path

from factbot.curation.probe import Outcome, probe
from tiny import tiny_engine

TEXT = "In 2003, about 1 in 5 employed persons did some work at home.\n"
RECORDS = """
entities:
  - {id: employed, name: employed persons, kind: population, aliases: [employed persons]}
measures:
  - {id: home-share, name: share working at home, unit: percent, aliases: [share working at home, worked at home]}
periods:
  - {id: y2003, aliases: ["2003"]}
facts:
  - {id: share-2003, subject: employed, measure: home-share, period: y2003, value: about 1 in 5, number: 20,
     sentence: 1, quote: "In 2003, about 1 in 5 employed persons did some work at home"}
"""


def test_a_ratio_share_shown_as_written_is_reached(tmp_path: Path) -> None:
    report = probe(tiny_engine(tmp_path, RECORDS, TEXT))
    assert {record.id: record.outcome for record in report.records} == {"share-2003": Outcome.REACHED}
