"""Asked yes or no, a reading within the margin whose outcome says yes or no answers, before a better-scored one
that only gives the figures: the evidence of the near reading settles what the best one could not."""

from __future__ import annotations

from factbot.understanding.decide import THRESHOLD, Scored, Verdict, decide
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import Score

FIGURES = Reading(operation="lookup", subjects=("a",))
STATED = Reading(operation="statement", statement=1)
OUTCOMES = {"lookup": "the figure, no verdict", "statement": "yes, as stated"}


def _decided(second_explained: float) -> tuple[Verdict, str | None]:
    scored = (Scored(FIGURES, Score(explained=1.0)), Scored(STATED, Score(explained=second_explained)))
    decision, outcome = decide(
        scored,
        lambda reading: OUTCOMES[reading.operation],
        lambda first, second: first == second,
        lambda outcome: outcome.startswith("yes"),
    )
    return decision.verdict, outcome


def test_a_near_reading_that_settles_answers() -> None:
    assert _decided(0.977) == (Verdict.ANSWER, "yes, as stated")


def test_a_far_reading_that_settles_does_not() -> None:
    assert _decided(0.8) == (Verdict.ANSWER, "the figure, no verdict")


def test_a_near_reading_below_the_threshold_gives_no_verdict() -> None:
    """Within the margin of a best reading that only just passes, a reading the question is not sure enough of on
    its own gives no yes or no."""
    best = Scored(FIGURES, Score(explained=THRESHOLD + 0.02))
    near = Scored(STATED, Score(explained=THRESHOLD - 0.02))
    decision, outcome = decide(
        (best, near),
        lambda reading: OUTCOMES[reading.operation],
        lambda first, second: first == second,
        lambda outcome: outcome.startswith("yes"),
    )
    assert (decision.verdict, outcome) == (Verdict.ANSWER, "the figure, no verdict")
