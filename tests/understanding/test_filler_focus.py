"""A filler word the question uses and a statement has ("current") explains nothing, yet tells two otherwise
equal statements apart: the one that has it is the closer match."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: survey, name: the survey, kind: document, aliases: [survey, the survey]}
statements:
  - id: survey-current
    kind: date
    about: [survey]
    sentence: 1
    quote: "The survey is current as of May 2020."
  - id: survey-updated
    kind: date
    about: [survey]
    sentence: 2
    quote: "The survey figures may be updated after May 2020."
"""
TEXT = "The survey is current as of May 2020.\nThe survey figures may be updated after May 2020.\n"


def test_a_statement_holding_the_questions_filler_wins_the_tie(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("As of when is the survey current?")
    assert answer.status == "answered"
    assert "current as of May 2020" in answer.text
