"""The total of everyone, asked with no subject, is the declared whole's own figure for the period when the sources
give one: the parts they name need not add up to it (16.8, of which they name 16.6)."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Ardia added 16.8 GW of capacity in 2023.\nSolar added 9.0 GW, gas 5.0 GW and wind 2.6 GW.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: country, aliases: [Ardia], is_whole: true}
  - {id: solar, name: solar, kind: source, aliases: [solar]}
  - {id: gas, name: gas, kind: source, aliases: [gas]}
  - {id: wind, name: wind, kind: source, aliases: [wind]}
measures:
  - {id: added, name: capacity added, unit: GW, aliases: [capacity added, capacity]}
periods:
  - {id: y2023, aliases: ["2023"]}
facts:
  - {id: ardia-2023, subject: ardia, measure: added, period: y2023, value: 16.8 GW, sentence: 1,
     quote: "Ardia added 16.8 GW of capacity in 2023"}
  - {id: solar-2023, subject: solar, measure: added, period: y2023, value: 9.0 GW, sentence: 2,
     quote: "Solar added 9.0 GW"}
  - {id: gas-2023, subject: gas, measure: added, period: y2023, value: 5.0 GW, sentence: 2, quote: "gas 5.0 GW"}
  - {id: wind-2023, subject: wind, measure: added, period: y2023, value: 2.6 GW, sentence: 2, quote: "wind 2.6 GW"}
"""


def test_the_total_of_everyone_is_the_wholes_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the total capacity added in 2023?")
    assert answer.status is Status.ANSWERED and "16.8" in answer.text and "16.6" not in answer.text, answer.text
