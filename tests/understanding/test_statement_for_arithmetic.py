"""A statement that leaves the arithmetic asked of a quantity undone ("the combined output of the two largest
plants") does not answer it: its figures are the parts, never the result. Asked of no quantity ("what will they
do together"), the same cue word asks nothing to be worked out, and the statement answers."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "The two largest capacity additions of the year were gas plants: the 900 MW Elm plant and the 600 MW Oak plant.\n"
    "The two firms will also consider building a port together.\n"
)
RECORDS = """
entities:
  - {id: elm, name: Elm plant, kind: plant, aliases: [Elm]}
  - {id: oak, name: Oak plant, kind: plant, aliases: [Oak]}
  - {id: firms, name: the two firms, kind: group, aliases: [the two firms]}
measures:
  - {id: capacity, name: plant capacity, unit: megawatts, aliases: [capacity, output]}
facts:
  - {id: elm-c, subject: elm, measure: capacity, value: 900 MW, sentence: 1, quote: "the 900 MW Elm plant"}
  - {id: oak-c, subject: oak, measure: capacity, value: 600 MW, sentence: 1, quote: "the 600 MW Oak plant"}
statements:
  - id: largest-plants
    answer: "The two largest capacity additions of the year were gas plants."
    about: [elm, oak]
    sentence: 1
    quote: "The two largest capacity additions of the year were gas plants"
  - id: port
    answer: "The two firms will also consider building a port together."
    about: [firms]
    sentence: 2
    quote: "The two firms will also consider building a port together."
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("arithmetic"), RECORDS, TEXT)


def test_a_statement_does_not_answer_a_sum_of_a_quantity(engine: Engine) -> None:
    answer = engine.ask("combined capacity of the two largest additions of the year")
    assert answer.status is not Status.ANSWERED or "1,500" in answer.text, answer.text


def test_the_cue_asked_of_no_quantity_is_answered_by_a_statement(engine: Engine) -> None:
    answer = engine.ask("What else will the two firms consider doing together?")
    assert answer.status is Status.ANSWERED and "port" in answer.text, answer.text
