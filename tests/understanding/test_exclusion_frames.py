"""A name taken out by words said around it ("leaving X out", "X aside") is no subject of the sum."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
facts:
  - {id: acme-sales, subject: acme, measure: widget-sales,
     value: "120 widgets", sentence: 1, quote: "Acme sold 120 widgets"}
  - {id: bolt-sales, subject: bolt, measure: widget-sales,
     value: "90 widgets", sentence: 2, quote: "Bolt sold 90 widgets"}
  - {id: crux-sales, subject: crux, measure: widget-sales,
     value: "7 widgets", sentence: 3, quote: "Crux sold 7 widgets"}
"""
TEXT = "Acme sold 120 widgets.\nBolt sold 90 widgets.\nCrux sold 7 widgets.\n"


@pytest.mark.parametrize(
    "question",
    [
        "acme + bolt + crux sales combined, leaving crux out",
        "crux aside, what are acme, bolt and crux sales combined?",
        "acme, bolt and crux sales together, with crux excluded",
    ],
)
def test_a_name_said_inside_an_exclusion_frame_is_left_out(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status == "answered" and "210" in answer.text and "217" not in answer.text


def test_not_on_a_name_leaves_it_out_rather_than_looking_it_up(tmp_path: Path) -> None:
    """ "sales not on Crux": never Crux's own figure beside the others', as a plain lookup would give."""
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("acme, bolt and crux sales combined, not on crux")
    assert "217" not in answer.text
    assert answer.status != "answered" or "210" in answer.text
