"""Elapsed time between two events: each side of the divider is one dated statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

EVENTS_TEXT = (
    "Acme was founded in 2001.\n"
    "Acme opened a factory on May 3, 2010.\n"
    "On August 1, 2015, Acme closed the factory it had opened on May 3, 2010.\n"
)
EVENTS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: founded, kind: date, answer: "Acme was founded in 2001.", about: [acme], keywords: [founded, founding],
     sentence: 1, quote: "Acme was founded in 2001."}
  - {id: opened, kind: date, answer: "Acme opened a factory on May 3, 2010.", about: [acme],
     keywords: [opened, opening], sentence: 2, quote: "Acme opened a factory on May 3, 2010."}
  - {id: closed, kind: date, answer: "On August 1, 2015, Acme closed its factory.", about: [acme],
     keywords: [closed, closing, close], date: "August 1, 2015",
     sentence: 3, quote: "On August 1, 2015, Acme closed the factory it had opened on May 3, 2010."}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("events"), EVENTS, EVENTS_TEXT)


def test_between_one_event_and_another(engine: Engine) -> None:
    answer = engine.ask("How many years passed between Acme's founding and the factory opening?")
    assert answer.status == "answered"
    assert answer.text.startswith("9 years")


def test_a_sentence_that_mentions_the_other_event_in_passing_is_not_that_event(engine: Engine) -> None:
    answer = engine.ask("How many years after the factory opened did Acme close it?")
    assert answer.status == "answered"
    assert answer.text.startswith("5 years")
    assert {citation.sentence for citation in answer.citations} == {2, 3}


def test_a_date_named_on_one_side_is_that_events_own(engine: Engine) -> None:
    answer = engine.ask("How many days between the May 2010 opening and the closing?")
    assert answer.status == "answered"
    assert answer.text.startswith("1916 days")  # the unit asked for leads; whole years are in the working
    assert "= 5 years" in " ".join(answer.working)
    assert {citation.sentence for citation in answer.citations} == {2, 3}


def test_a_pair_is_weighed_only_when_it_names_both_sides() -> None:
    from factbot.understanding.events import _may_fit

    assert _may_fit((1.0, 0.0), (0.0, 2.0)) and _may_fit((0.0, 2.0), (1.0, 0.0))
    assert not _may_fit((1.0, 0.0), (1.0, 0.0)) and not _may_fit((0.0, 0.0), (3.0, 3.0))


def test_days_the_text_gives_no_year_for_are_no_points_to_count_from(tmp_path: Path) -> None:
    """ "May 3" and "August 1" with no year: the time between is not known (and never a crash)."""
    text = "Acme opened a factory on May 3.\nOn August 1, Acme closed the factory.\n"
    records = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: opened, kind: date, answer: "Acme opened a factory on May 3.", about: [acme], date: "May 3",
     keywords: [opened, opening], sentence: 1, quote: "Acme opened a factory on May 3."}
  - {id: closed, kind: date, answer: "On August 1, Acme closed its factory.", about: [acme], date: "August 1",
     keywords: [closed, closing, close], sentence: 2, quote: "On August 1, Acme closed the factory."}
"""
    answer = tiny_engine(tmp_path, records, text).ask("How many days between the opening and the closing?")
    assert answer.status != "error" and not answer.text.startswith("90 days"), answer.text
