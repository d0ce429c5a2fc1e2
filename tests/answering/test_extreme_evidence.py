"""An extreme over everyone needs two figures to compare: the only figure of its period is no evidence that its
subject is the largest (another may have no figure for that period, or one the text gives in words)."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: gadget-output, name: gadget output, unit: gadgets, aliases: [gadget output, gadgets made]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: gadget-output, period: y2021, value: "40 gadgets",
     sentence: 1, quote: "Acme made 40 gadgets in 2021"}
  - {id: bolt-2020, subject: bolt, measure: gadget-output, period: y2020, value: "90 gadgets",
     sentence: 2, quote: "Bolt made 90 gadgets in 2020"}
"""
TEXT = "Acme made 40 gadgets in 2021.\nBolt made 90 gadgets in 2020.\n"


def test_the_only_figure_of_a_period_is_not_the_largest(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which company had the highest gadget output in 2021?")
    assert answer.status != "answered"
