"""What follows "of" in the names of several periods ("the first of the past two years", "the latest of the past
two years") names them all: "the past two years" asks of both, and "across" them is a change from first to last."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: past-1, label: in the first of the past two years, order: 1, aliases: [first of the past two years]}
  - {id: past-2, label: in the latest of the past two years, order: 2, aliases: [latest of the past two years]}
  - {id: h1, label: in the first half of this year, order: 3, aliases: [first half of this year]}
facts:
  - {id: acme-1, subject: acme, measure: share, period: past-1, value: "30%", sentence: 1, quote: "30%"}
  - {id: acme-2, subject: acme, measure: share, period: past-2, value: "24%", sentence: 1, quote: "24%"}
  - {id: acme-3, subject: acme, measure: share, period: h1, value: "15%", sentence: 2, quote: "15%"}
"""
TEXT = "Over the past two years Acme's market share fell from 30% to 24%.\nIn the first half of this year it was 15%.\n"


def test_a_phrase_shared_by_several_periods_names_them_all(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "How many points did Acme's market share drop over the past two years?"
    )
    assert answer.status == "answered" and "6.0 percentage points" in answer.text and "15%" not in answer.text


def test_the_shared_phrase_names_them_without_its_article(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Acme market share, past two years")
    assert answer.status == "answered" and "30%" in answer.text and "24%" in answer.text and "15%" not in answer.text
