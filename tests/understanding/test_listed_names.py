"""A word listed beside names, with no name of its own, names the one entity whose names hold it."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

USES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: repair-use, name: widgets for repair, kind: use, aliases: [widgets for repair, repair]}
  - {id: export-use, name: widgets for export, kind: use, aliases: [widgets for export]}
  - {id: spare-use, name: spare widgets, kind: use, aliases: [spare widgets]}
measures:
  - {id: demand-change, name: change in widget demand, unit: widgets, is_change: true, aliases: [widget demand, demand]}
  - {id: exports, name: exports, unit: widgets, aliases: [exports, exported]}
facts:
  - {id: repair, subject: repair-use, measure: demand-change, value: "+100", sentence: 1,
     quote: "demand for widgets for repair by 100"}
  - {id: export, subject: export-use, measure: demand-change, value: "+50", sentence: 1,
     quote: "widgets for export by 50"}
  - {id: spare, subject: spare-use, measure: demand-change, value: "-75", sentence: 2,
     quote: "Demand for spare widgets will drop by 75"}
  - {id: acme-exports, subject: acme, measure: exports, value: "10", sentence: 3, quote: "Acme exported 10 widgets"}
"""
TEXT = (
    "Acme raised demand for widgets for repair by 100 and for widgets for export by 50.\n"
    "Demand for spare widgets will drop by 75.\n"
    "Acme exported 10 widgets.\n"
)


def test_a_measure_word_listed_among_names_names_the_entity_that_holds_it(tmp_path: Path) -> None:
    question = "What's the net change in widget demand from export, repair and spare widgets combined?"
    answer = tiny_engine(tmp_path, USES, TEXT).ask(question)
    assert answer.status == "answered" and "75" in answer.text and "50" in answer.text


def test_a_measure_word_not_in_a_list_stays_the_measure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, USES, TEXT).ask("What were Acme's exports?")
    assert answer.status == "answered" and "10" in answer.text
