"""A year claimed of a dated event, asked yes or no, is settled by the event's own date: "No" with the date it
happened, where the year is neither its date nor written in its words. A negated question is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = "Work on the bridge began on May 3, 2019.\nThe tunnel opened in 2015 and closed in 2020.\n"
RECORDS = """
entities:
  - {id: bridge, name: the bridge, kind: structure, aliases: [bridge]}
  - {id: tunnel, name: the tunnel, kind: structure, aliases: [tunnel]}
statements:
  - id: bridge-work
    kind: event
    answer: "Work on the bridge began on May 3, 2019."
    about: [bridge]
    date: "May 3, 2019"
    sentence: 1
    quote: "Work on the bridge began on May 3, 2019."
  - id: tunnel-life
    kind: event
    answer: "The tunnel opened in 2015 and closed in 2020."
    about: [tunnel]
    date: "2015"
    sentence: 2
    quote: "The tunnel opened in 2015 and closed in 2020."
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("dates"), RECORDS, TEXT)


def test_another_year_than_the_events_date_is_denied(engine: Engine) -> None:
    answer = engine.ask("Did work on the bridge begin in 2020?")
    assert answer.text.startswith("No.") and "2019" in answer.text, answer.text


def test_the_events_own_year_is_confirmed(engine: Engine) -> None:
    assert engine.ask("Did work on the bridge begin in 2019?").text.startswith("Yes."), "2019"


def test_a_year_the_event_writes_is_not_denied(engine: Engine) -> None:
    answer = engine.ask("Did the tunnel close in 2020?")
    assert not answer.text.startswith("No"), answer.text


def test_a_negated_claim_is_left_alone(engine: Engine) -> None:
    answer = engine.ask("Didn't work on the bridge begin in 2020?")
    assert answer.status is not Status.ANSWERED or not answer.text.startswith(("Yes", "No")), answer.text


def test_the_start_of_something_does_not_date_the_thing(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = "Acme started selling widgets on May 3, 2019.\n"
    records = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - id: start
    kind: event
    answer: "Acme started selling widgets on May 3, 2019."
    about: [acme]
    date: "May 3, 2019"
    sentence: 1
    quote: "Acme started selling widgets on May 3, 2019."
"""
    engine = tiny_engine(tmp_path_factory.mktemp("started"), records, text)
    for year in ("2017", "2021"):  # the year is explained by any dated event: only its own date may say yes
        answer = engine.ask(f"Did Acme sell widgets in {year}?")
        assert not answer.text.startswith(("Yes", "No")), answer.text
    assert engine.ask("Did Acme start selling widgets in 2021?").text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "Did work on the bridge begin before 2020?",  # a bound the date meets
        "Did work on the bridge begin by 2020?",
        "Did work on the bridge begin after 2015?",
        "Did work on the bridge begin in the 2010s?",  # a span of years holding the date
    ],
)
def test_a_bound_or_a_span_of_years_is_neither_denied_nor_confirmed(engine: Engine, question: str) -> None:
    """Only a point in another year is denied; the event's date confirms only its own year: a bound or a decade
    is left unsettled, with the date the sources give."""
    answer = engine.ask(question)
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_state_of_what_the_event_began_is_not_denied(tmp_path: Path) -> None:
    text = "Acme opened a factory in 2015.\n"
    records = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: factory, kind: event, answer: "Acme opened a factory in 2015.", about: [acme], date: "2015",
     sentence: 1, quote: "Acme opened a factory in 2015.", keywords: [factory]}
"""
    answer = tiny_engine(tmp_path, records, text).ask("Did Acme have a factory in 2016?")
    assert not answer.text.startswith("No"), answer.text
