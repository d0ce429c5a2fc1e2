"""Asked whether a subject the sources give no figure for is the largest, another being largest settles nothing."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
  - {id: staff, name: staff, unit: people, aliases: [staff]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "150 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets",
     sentence: 2, quote: "Bolt sold 90 widgets in 2021"}
  - {id: core-staff, subject: core, measure: staff, period: y2021, value: "12", sentence: 3, quote: "Core has 12 staff"}
"""

TEXT = "Acme sold 120 widgets in 2020 and 150 widgets in 2021.\nBolt sold 90 widgets in 2021.\nCore has 12 staff.\n"


def test_no_verdict_on_a_subject_without_a_figure(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    unfigured = engine.ask("Did Core have the largest widget sales in 2021?")
    assert unfigured.status is not Status.ANSWERED and not unfigured.text.startswith("No")
    figured = engine.ask("Did Bolt have the largest widget sales in 2021?")
    assert figured.status is Status.ANSWERED and figured.text.startswith("No")
