"""A measure several subjects have, asked with no subject for periods only one of them has figures of: that one
is meant, and the answer names it. Never a group's member in place of the group, nor one of several holders."""

from __future__ import annotations

from pathlib import Path

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "The nation recorded 3,040 road deaths in June and 2,455 in February.\n"
    "Across the first half, the nation recorded 17,140 road deaths and Texas recorded 1,851.\n"
)

RECORDS = """
entities:
  - {id: nation, name: the nation, kind: country, aliases: [nation]MEMBERS}
  - {id: texas, name: Texas, kind: state, aliases: [Texas]}
measures:
  - {id: deaths, name: road deaths, unit: deaths, aliases: [road deaths, died, deaths]}
periods:
  - {id: jun, label: June, order: 6, aliases: [June]}
  - {id: feb, label: February, order: 2, aliases: [February]}
  - {id: h1, label: the first half, order: 7, aliases: [first half]}
facts:
  - {id: n-jun, subject: nation, measure: deaths, period: jun, value: "3,040", sentence: 1,
     quote: "The nation recorded 3,040 road deaths in June"}
  - {id: n-feb, subject: nation, measure: deaths, period: feb, value: "2,455", sentence: 1, quote: "2,455 in February"}
  - {id: n-h1, subject: nation, measure: deaths, period: h1, value: "17,140", sentence: 2,
     quote: "the nation recorded 17,140 road deaths"}
  - {id: t-h1, subject: texas, measure: deaths, period: h1, value: "1,851", sentence: 2, quote: "Texas recorded 1,851"}
"""


def _engine(tmp_path: Path, members: str = "") -> Engine:
    return tiny_engine(tmp_path, RECORDS.replace("MEMBERS", members), TEXT)


def test_the_only_subject_with_figures_of_the_periods_asked_is_meant(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    answer = engine.ask("How many more people died in June than in February?")
    assert answer.status is Status.ANSWERED and "585" in answer.text and "nation" in answer.text
    lookup = engine.ask("How many road deaths were there in June?")
    assert lookup.status is Status.ANSWERED and "3,040" in lookup.text


def test_a_period_several_subjects_have_names_no_one(tmp_path: Path) -> None:
    answer = _engine(tmp_path).ask("How many road deaths were there in the first half?")
    assert answer.status is not Status.ANSWERED


def test_a_member_is_never_meant_for_its_group(tmp_path: Path) -> None:
    """Texas a member of the nation (and a neighbour beside them): the nation, without a figure of the first half,
    may be the one meant, so Texas's figure is not given for it."""
    records = RECORDS.replace("MEMBERS", ", members: [texas]").replace("measures:", ONTARIO) + ONTARIO_FACT
    kept = [line for line in records.splitlines() if "n-h1" not in line and "the nation recorded 17" not in line]
    answer = tiny_engine(tmp_path, "\n".join(kept), TEXT + ONTARIO_TEXT).ask(
        "How many road deaths were there in the first half?"
    )
    assert answer.status is not Status.ANSWERED


ONTARIO = "  - {id: ontario, name: Ontario, kind: province, aliases: [Ontario]}\nmeasures:"
ONTARIO_FACT = (
    '  - {id: o-jun, subject: ontario, measure: deaths, period: jun, value: "52", sentence: 3, '
    'quote: "Ontario recorded 52"}\n'
)
ONTARIO_TEXT = "In June, Ontario recorded 52 road deaths.\n"


def test_one_of_several_subjects_of_a_kind_stands_for_no_one(tmp_path: Path) -> None:
    """Only Acme has a 2020 figure, but Acme is one company among others: the question names no one."""
    answer = tiny_engine(tmp_path).ask("How many widgets were sold in 2020?")
    assert answer.status is not Status.ANSWERED
