"""Two period aliases that share their words after the first are said with them once ("from the first to the
last of the past three years")."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme's share was 30%, 25% and 20% in the past three years.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: p1, label: in the first of the past three years, order: 1, aliases: [first of the past three years]}
  - {id: p2, label: in the second of the past three years, order: 2, aliases: [second of the past three years]}
  - {id: p3, label: in the last of the past three years, order: 3, aliases: [last of the past three years]}
facts:
  - {id: s1, subject: acme, measure: share, period: p1, value: 30%, sentence: 1, quote: "Acme's share was 30%"}
  - {id: s2, subject: acme, measure: share, period: p2, value: 25%, sentence: 1, quote: "25%"}
  - {id: s3, subject: acme, measure: share, period: p3, value: 20%, sentence: 1, quote: "20% in the past three years"}
"""


def test_the_first_word_before_a_connector_names_its_own_period(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("By how many points did Acme's share fall from the second to the last of the past three years?")
    assert answer.status == "answered" and "From 25% to 20%" in answer.text and "30%" not in answer.text
