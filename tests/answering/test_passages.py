"""A sentence that goes on from the one before it ("But ...", "It ...") is answered with it, as one passage."""

from __future__ import annotations

from pathlib import Path

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Acme released a gadget plan in 2019, planning to launch ten gadgets.\n"
    "But the results were poor, and the gadget share of Acme is now tiny.\n"
    "Bolt software is important.\n"
    "It enables faster updates between machines and their owners.\n"
    "Bolt opened a factory.\n"
    "Acme hired new staff.\n"
)

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - id: gadget-plan
    kind: event
    answer: "Acme released a gadget plan in 2019, planning to launch ten gadgets."
    about: [acme]
    keywords: [gadget plan, plan, released]
    sentence: 1
    quote: "Acme released a gadget plan in 2019"
  - id: gadget-results
    kind: description
    answer: "The results were poor: the gadget share of Acme is now tiny."
    about: [acme]
    keywords: [results, share, poor]
    sentence: 2
    quote: "the gadget share of Acme is now tiny"
  - id: software-importance
    kind: description
    answer: "Bolt software is important."
    about: [bolt]
    sentence: 3
    quote: "Bolt software is important."
  - id: software-updates
    kind: description
    answer: "Bolt software enables faster updates between machines and their owners."
    about: [bolt]
    keywords: [enables, updates, machines, owners]
    sentence: 4
    quote: "It enables faster updates between machines and their owners."
  - id: factory
    kind: event
    answer: "Bolt opened a factory."
    about: [bolt]
    sentence: 5
    quote: "Bolt opened a factory."
  - id: staff
    kind: event
    answer: "Acme hired new staff."
    about: [acme]
    keywords: [factory staff]
    sentence: 6
    quote: "Acme hired new staff."
"""


def _engine(tmp_path: Path) -> Engine:
    return tiny_engine(tmp_path, RECORDS, TEXT)


def test_what_came_of_something_is_answered_with_the_sentence_going_on_from_it(tmp_path: Path) -> None:
    answer = _engine(tmp_path).ask("What came of Acme's gadget plan?")
    assert answer.status is Status.ANSWERED
    assert "ten gadgets" in answer.text and "results were poor" in answer.text
    assert [citation.sentence for citation in answer.citations] == [1, 2]


def test_two_halves_of_one_passage_that_explain_the_question_alike_are_answered_together(tmp_path: Path) -> None:
    answer = _engine(tmp_path).ask("What does Bolt software do?")
    assert answer.status is Status.ANSWERED
    assert "important" in answer.text and "faster updates" in answer.text
    assert [citation.sentence for citation in answer.citations] == [3, 4]


def test_a_next_sentence_that_does_not_point_back_is_not_part_of_the_passage(tmp_path: Path) -> None:
    answer = _engine(tmp_path).ask("What happened with Bolt's factory?")
    assert answer.status is Status.ANSWERED
    assert answer.text == "Bolt opened a factory."
    assert [citation.sentence for citation in answer.citations] == [5]


def test_why_of_a_statement_that_gives_no_reason_is_answered_with_the_sentence_going_on_from_it(
    tmp_path: Path,
) -> None:
    answer = _engine(tmp_path).ask("Why is Bolt software so important?")
    assert answer.status is Status.ANSWERED
    assert "faster updates" in answer.text
    assert [citation.sentence for citation in answer.citations] == [3, 4]
