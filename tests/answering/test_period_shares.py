"""The share of a subject's figure for a span in its figure for a span holding it."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Ardia recorded 900 crashes in the first half of 2025, 180 of them in June.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: crashes, name: crashes, unit: crashes, aliases: [crashes]}
periods:
  - {id: h1-2025, aliases: ["first half of 2025"]}
  - {id: m2025-06, aliases: ["June 2025"]}
facts:
  - {id: half, subject: ardia, measure: crashes, period: h1-2025, value: "900", sentence: 1,
     quote: "Ardia recorded 900 crashes in the first half of 2025"}
  - {id: june, subject: ardia, measure: crashes, period: m2025-06, value: "180", sentence: 1,
     quote: "180 of them in June"}
"""


def test_a_share_of_a_span_in_the_span_holding_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "What share of Ardia's crashes in the first half of 2025 were in June?"
    )
    assert answer.status == "answered" and "20%" in answer.text and "180 ÷ 900" in answer.text
