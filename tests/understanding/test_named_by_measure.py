"""A field the measure's own name holds ("size rank among widget makers"), named in the question, says which rank
is meant: it is explained by the measure and is no subject of the reading."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: makers, name: widget makers, kind: category, aliases: [widget makers]}
measures:
  - {id: size-rank, name: size rank among widget makers, unit: rank, template: "{subject} is the {value}-largest",
     aliases: [rank, ranked, largest]}
  - {id: share, name: market share, unit: percent, aliases: [market share]}
facts:
  - {id: acme-rank, subject: acme, measure: size-rank, value: second, number: 2, sentence: 1,
     quote: "Acme is the second-largest of the widget makers"}
  - {id: makers-share, subject: makers, measure: share, value: "40%", sentence: 2,
     quote: "Widget makers hold 40% of the market"}
"""
TEXT = "Acme is the second-largest of the widget makers.\nWidget makers hold 40% of the market.\n"


def test_where_a_subject_ranks_among_the_field_its_rank_is_taken_in(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Where does Acme rank among widget makers?")
    assert answer.status == "answered" and "second" in answer.text
