"""A group's name right after "which" or "what" is the kind of thing asked for: "which alliance sold the most?"
asks for an alliance, so neither the best of that alliance's members nor a statement ignoring the alliance answers
it; "which alliance member" still asks for a member."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "Acme sold 150 widgets in 2021 and Bolt sold 90.\n"
    "Acme and Bolt formed an alliance in 2019.\n"
    "In 2021 Acme was far ahead of its rivals in widget sales.\n"
)
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
  - {id: pact, name: the Acme-Bolt alliance, kind: group, aliases: [alliance, Acme-Bolt alliance],
     members: [acme, bolt]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sold, sell]}
periods:
  - {id: y2019, aliases: ["2019"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150", sentence: 1,
     quote: "Acme sold 150 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90", sentence: 1,
     quote: "Bolt sold 90"}
statements:
  - {id: formed, kind: event, answer: Acme and Bolt formed an alliance in 2019., about: [acme, bolt], sentence: 2,
     quote: Acme and Bolt formed an alliance in 2019.}
  - {id: ahead, kind: event, answer: In 2021 Acme was far ahead of its rivals in widget sales., about: [acme],
     sentence: 3, quote: In 2021 Acme was far ahead of its rivals in widget sales.}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("alliance"), RECORDS, TEXT)


@pytest.mark.parametrize(
    "question", ["Which alliance sold the most widgets in 2021?", "What alliance led in widget sales in 2021?"]
)
def test_a_group_asked_for_is_not_answered_by_its_best_member(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question", ["Which alliance member sold the most widgets in 2021?", "Which of the alliance sold the most in 2021?"]
)
def test_a_member_asked_for_is_the_best_member(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.text.startswith("Acme"), answer.text


def test_which_group_includes_a_non_member_is_not_answered_by_that_group(engine: Engine) -> None:
    """Asked yes or no, the one group named answers "No"; asked which, it answers nothing: X is in another, or none."""
    assert engine.ask("Which alliance includes Crux?").status is not Status.ANSWERED
    assert engine.ask("Is Crux in the alliance?").text.startswith("No")
    assert engine.ask("Which alliance includes Bolt?").text.startswith("Bolt is a member")
