"""A follow-up naming another subject by the word that sets its name apart from the last subject's."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

USES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: repair-use, name: widgets for repair, kind: use, aliases: [widgets for repair, repair widgets]}
  - {id: export-use, name: widgets for export, kind: use, aliases: [widgets for export]}
  - {id: spare-use, name: spare widgets, kind: use, aliases: [spare widgets]}
measures:
  - {id: demand-change, name: change in widget demand, unit: widgets, is_change: true,
     aliases: [widget demand, demand]}
  - {id: exports, name: exports, unit: widgets, aliases: [exports, exported]}
facts:
  - {id: repair, subject: repair-use, measure: demand-change, value: "+100", sentence: 1,
     quote: "demand for widgets for repair by 100"}
  - {id: export, subject: export-use, measure: demand-change, value: "+50", sentence: 1,
     quote: "widgets for export by 50"}
  - {id: spare, subject: spare-use, measure: demand-change, value: "-75", sentence: 2,
     quote: "Demand for spare widgets will drop by 75"}
  - {id: acme-exports, subject: acme, measure: exports, value: "10", sentence: 3, quote: "Acme exported 10 widgets"}
statements:
  - {id: export-plan, sentence: 4, quote: "Acme plans to export more.", keywords: [export]}
"""
TEXT = (
    "Acme raised demand for widgets for repair by 100 and for widgets for export by 50.\n"
    "Demand for spare widgets will drop by 75.\n"
    "Acme exported 10 widgets.\n"
    "Acme plans to export more.\n"
)


def test_what_about_a_word_of_another_subjects_name_goes_on_with_the_last_measure(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, USES, TEXT), Conversation()
    engine.ask("How much did demand for widgets for repair change?", conversation)
    answer = engine.ask("what about for export?", conversation)
    assert answer.status == "answered" and "50" in answer.text and "10 widgets" not in answer.text


def test_a_word_of_the_last_subjects_own_name_names_no_sibling(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, USES, TEXT), Conversation()
    engine.ask("How much did demand for widgets for repair change?", conversation)
    answer = engine.ask("what about for widgets?", conversation)
    assert "50" not in answer.text


def test_a_count_beyond_the_names_takes_in_the_subjects_asked_about_lately(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, USES, TEXT), Conversation()
    engine.ask("How much did demand for widgets for repair change?", conversation)
    engine.ask("and widgets for export?", conversation)
    answer = engine.ask("and spare widgets? rank all three", conversation)
    assert answer.status == "answered"
    assert answer.text.index("100") < answer.text.index("50") < answer.text.index("75")
