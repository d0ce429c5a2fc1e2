"""Members listed with "the other G" name the whole group G, whose figure the source states; a group set
against a name ("compared with the other ...") is not taken together with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine

TEXT = "Acme, Bolt and other widget makers plan to launch 30 new widgets by 2030.\nAcme sold 120 widgets in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cole, name: Cole, kind: company, aliases: [Cole]}
  - {id: makers, name: widget makers, kind: category, aliases: [widget makers], members: [acme, bolt, cole]}
measures:
  - {id: launches, name: planned widget launches, unit: widgets,
     aliases: [planned widget launches, launch, new widgets]}
periods:
  - {id: by-2030, label: by 2030, order: 2030, aliases: [by 2030]}
facts:
  - {id: makers-2030, subject: makers, measure: launches, period: by-2030, value: "30", sentence: 1,
     quote: "Acme, Bolt and other widget makers plan to launch 30 new widgets by 2030"}
"""


def test_members_and_the_other_members_are_the_group(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many new widgets did Acme, Bolt and the other big widget makers plan to launch by 2030?")
    assert answer.status == "answered" and "30" in answer.text


def test_a_group_set_against_a_name_is_not_taken_with_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How many new widgets did Acme plan compared with the other widget makers by 2030?")
    assert "30 " not in answer.text or answer.status != "answered"


@pytest.mark.parametrize(
    "question",
    [
        "How many new widgets did Acme, Bolt and the others plan to launch by 2030?",
        "How many new widgets did Acme, Bolt and others plan to launch by 2030?",
        "how many new widgets did acme, bolt etc plan to launch by 2030",
    ],
)
def test_members_and_the_rest_unnamed_are_the_one_group_holding_them(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status == "answered" and "30" in answer.text


def test_members_without_the_rest_are_not_the_group(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How many new widgets did Acme and Bolt plan to launch by 2030?")
    assert answer.status != "answered"


def test_the_rest_unnamed_of_names_two_groups_hold_is_no_group(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "measures:",
        "  - {id: guild, name: the guild, kind: category, aliases: [guild], members: [acme, bolt]}\nmeasures:",
    )
    answer = tiny_engine(tmp_path, records, TEXT).ask(
        "How many new widgets did Acme, Bolt and the others plan by 2030?"
    )
    assert answer.status != "answered"


def test_a_name_set_against_the_rest_is_not_taken_with_them(tmp_path: Path) -> None:
    """ "Acme ... than Bolt and the others": only Bolt is listed with the rest, so Acme is compared with them (which
    the sources cannot answer), not swallowed into the group whose figure would then pass for an answer."""
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Did Acme plan more new widgets by 2030 than Bolt and the others?")
    assert answer.status != "answered" and "comparison" in answer.text
