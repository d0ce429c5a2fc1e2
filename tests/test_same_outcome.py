"""`decide` drops a later outcome that is "the same" as an earlier one. An outcome the sources cannot cite (no
evidence) beside an earlier cited one is no answer of its own; a cited one beside an earlier uncited one is."""

from __future__ import annotations

from factbot.answering.outcome import Outcome
from factbot.engine import _same_outcome
from factbot.knowledge.model import Evidence
from factbot.understanding.decide import Scored, Verdict, decide
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import Score

CITED = Outcome("Acme sold 120 widgets.", (Evidence("s", 1, "Acme sold 120 widgets"),), values=())
UNCITED = Outcome("Acme and Bolt sold 210 widgets together.", ())


def test_a_later_uncited_outcome_is_the_same_as_an_earlier_cited_one() -> None:
    assert _same_outcome(UNCITED, CITED)


def test_a_later_cited_outcome_is_an_answer_of_its_own() -> None:
    assert not _same_outcome(CITED, UNCITED)


def test_decide_passes_the_later_outcome_first() -> None:
    calls: list[tuple[str, str]] = []

    def same(later: str, earlier: str) -> bool:
        calls.append((later, earlier))
        return False

    first = Scored(Reading(operation="compare", subjects=("a",)), Score(explained=1.0))
    second = Scored(Reading(operation="lookup", subjects=("a",)), Score(explained=1.0))
    decide((first, second), lambda reading: reading.operation, same)
    assert calls == [("lookup", "compare")]


def test_a_cited_answer_after_an_uncited_one_is_weighed_against_it() -> None:
    first = Scored(Reading(operation="compare", subjects=("a",)), Score(explained=1.0))
    second = Scored(Reading(operation="lookup", subjects=("a",)), Score(explained=1.0))
    outcomes = {"compare": UNCITED, "lookup": CITED}
    decision, _ = decide((first, second), lambda reading: outcomes[reading.operation], _same_outcome)
    assert decision.verdict is Verdict.CLARIFY
    outcomes = {"compare": CITED, "lookup": UNCITED}
    decision, outcome = decide((first, second), lambda reading: outcomes[reading.operation], _same_outcome)
    assert decision.verdict is Verdict.ANSWER and outcome is CITED
