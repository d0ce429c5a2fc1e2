"""A superlative naming no one ranges over the parts, not over the whole the document is about, when the sources
give the whole one figure of the measure (no series of its own to rank). And a kind the question names that no
subject of the measure is ("excavation" of the measure of that name, where an entity of that kind has none)
narrows nothing."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "More than 5,500,000 cubic yards were excavated for the dam.\n"
    "Excavation for the tunnels, 1,500,000 cubic yards.\n"
    "For the foundation, 1,760,000 cubic yards.\n"
    "For the spillways, 750,000 cubic yards.\n"
    "The cutoff trench was 139 feet deep.\n"
)
PARTS = """
  - {id: tunnels, name: the tunnels, kind: feature, aliases: [tunnels]}
  - {id: foundation, name: the foundation, kind: feature, aliases: [foundation]}
  - {id: spillways, name: the spillways, kind: feature, aliases: [spillways]}
"""
WHOLE = """
  - {id: dam, name: the dam, kind: dam, is_whole: true, aliases: [dam]}
"""
TRENCH = """
  - {id: trench, name: the cutoff trench, kind: excavation, aliases: [cutoff trench, trench]}
"""
MEASURES = """
measures:
  - {id: excavation, name: excavation, unit: cubic yards, aliases: [excavation, excavated]}
  - {id: depth, name: excavation depth, unit: feet, aliases: [depth, deep]}
facts:
  - {id: t, subject: tunnels, measure: excavation, value: "1,500,000", sentence: 2, quote: "1,500,000 cubic yards"}
  - {id: f, subject: foundation, measure: excavation, value: "1,760,000", sentence: 3, quote: "1,760,000 cubic yards"}
  - {id: s, subject: spillways, measure: excavation, value: "750,000", sentence: 4, quote: "750,000 cubic yards"}
"""
WHOLE_FACT = """
  - {id: w, subject: dam, measure: excavation, value: "More than 5,500,000", sentence: 1,
     quote: "More than 5,500,000 cubic yards were excavated"}
"""
TRENCH_FACT = """
  - {id: d, subject: trench, measure: depth, value: "139", sentence: 5, quote: "139 feet deep"}
"""


def test_a_superlative_ranges_over_the_parts_beside_a_whole_of_one_figure(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, "entities:" + WHOLE + PARTS + MEASURES + WHOLE_FACT, TEXT)
    answer = engine.ask("which had the second largest excavation")
    assert answer.status is Status.ANSWERED and "tunnels" in answer.text.split(":")[0], answer.text


def test_a_kind_no_subject_of_the_measure_is_narrows_nothing(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, "entities:" + PARTS + TRENCH + MEASURES + TRENCH_FACT, TEXT)
    answer = engine.ask("which had the second largest excavation")
    assert answer.status is Status.ANSWERED and "tunnels" in answer.text.split(":")[0], answer.text
