"""A yes/no question of names alone ("is X in Y?") asks how the things it names stand to each other: a statement
naming them both (about X, placed in Y) answers it, though it shares no other word with the question."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "The Elm plant in Ohio opened.\n"
RECORDS = """
entities:
  - {id: elm, name: the Elm plant, kind: plant, aliases: [Elm plant]}
  - {id: ohio, name: Ohio, kind: state, aliases: [Ohio]}
statements:
  - id: elm-place
    kind: place
    answer: "The Elm plant is in Ohio."
    about: [elm]
    place: ohio
    sentence: 1
    quote: "The Elm plant in Ohio"
"""


def test_a_statement_relating_the_names_answers(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Is the Elm plant in Ohio?")
    assert answer.text.startswith("Yes."), answer.text


PLACES = RECORDS.replace(
    "statements:\n",
    "  - {id: oak, name: the Oak plant, kind: plant, aliases: [Oak plant]}\n"
    "  - {id: iowa, name: Iowa, kind: state, aliases: [Iowa]}\n"
    "  - {id: acme, name: Acme, kind: company, aliases: [Acme]}\n"
    "statements:\n",
) + (
    "  - {id: oak-place, kind: place, answer: 'The Oak plant is in Iowa.', about: [oak], place: iowa, sentence: 2,\n"
    "     quote: 'The Oak plant in Iowa'}\n"
)


def test_a_place_of_the_same_kind_named_instead_is_denied(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, PLACES, "The Elm plant in Ohio opened.\nThe Oak plant in Iowa closed.\n")
    answer = engine.ask("Is the Elm plant in Iowa?")
    assert answer.text.startswith("No.") and "Ohio" in answer.text, answer.text
    assert not engine.ask("Is the Elm plant in Acme?").text.startswith(("Yes", "No"))  # no place of that kind


def test_a_group_with_members_is_settled_by_its_members_not_a_statement(tmp_path: Path) -> None:
    text = "The Elm group has two members: Acme and Bolt.\n"
    records = """
entities:
  - {id: elm, name: the Elm group, kind: group, aliases: [Elm group], members: [acme, bolt],
     evidence: [{sentence: 1, quote: "The Elm group has two members: Acme and Bolt."}]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - {id: elm-members, kind: description, answer: "The Elm group is Acme and Bolt.", about: [elm, acme, bolt],
     sentence: 1, quote: "The Elm group has two members: Acme and Bolt."}
"""
    answer = tiny_engine(tmp_path, records, text).ask("Is Acme in the Elm group?")
    assert answer.status == "answered" and answer.text.startswith("Yes."), answer.text
