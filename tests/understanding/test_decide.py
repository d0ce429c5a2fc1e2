"""The decision: a threshold on what a reading explains, a top-two margin, and clarifying on a tie."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.decide import THRESHOLD, Scored, Verdict, decide
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import CUE_BONUS, KIND_BONUS, Score
from tiny import tiny_engine


def _decide(*scored: Scored) -> Verdict:
    decision, _ = decide(scored, lambda reading: reading.operation, lambda first, second: first == second)
    return decision.verdict


def test_bonuses_order_readings_but_never_make_one_enough() -> None:
    short = THRESHOLD - 0.01
    reading = Reading(operation="lookup", subjects=("a",))
    assert _decide(Scored(reading, Score(explained=short, cue=CUE_BONUS, kind=KIND_BONUS))) is Verdict.NOT_UNDERSTOOD
    assert _decide(Scored(reading, Score(explained=THRESHOLD))) is Verdict.ANSWER


def test_two_readings_that_tie_and_answer_differently_ask_which() -> None:
    first = Scored(Reading(operation="lookup", subjects=("a",)), Score(explained=1.0))
    second = Scored(Reading(operation="compare", subjects=("a",)), Score(explained=1.0))
    assert _decide(first, second) is Verdict.CLARIFY


def test_a_clear_winner_is_answered() -> None:
    first = Scored(Reading(operation="lookup", subjects=("a",)), Score(explained=1.0))
    second = Scored(Reading(operation="compare", subjects=("a",)), Score(explained=0.8))
    assert _decide(first, second) is Verdict.ANSWER


REASONS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: why-closed, kind: reason, answer: "Acme closed its factory because demand fell.", about: [acme],
     sentence: 1, quote: "Acme closed its factory because demand fell."}
"""


def test_the_word_asking_for_a_reason_is_explained_by_a_reason(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, REASONS, "Acme closed its factory because demand fell.\n")
    answer = engine.ask("What caused Acme to close its factory?")
    assert answer.status == "answered"
    assert answer.trace.confidence == 1.0


SUMMARY_AND_ITEM = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: plant, name: the Delta plant, kind: site, aliases: [Delta plant, Delta]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - {id: terms, kind: event, about: [acme, plant, bolt], sentence: 1, quote: "Acme agreed to the following:",
     answer: "Acme agreed to sell the Delta plant to Bolt and to keep its prices.",
     keywords: [terms, conditions, deal, promise, commitments, obligations, approval, settle, remedy]}
  - {id: sale, kind: event, about: [plant, bolt, acme], sentence: 2, quote: "Sell the Delta plant to Bolt.",
     answer: "Acme had to sell the Delta plant to Bolt.",
     keywords: [divest, dispose, buyer, transfer, deadline, spin off, disposal, handover, owner, new owner]}
"""


def test_a_tie_between_statements_goes_to_the_one_whose_sentence_says_the_words(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, SUMMARY_AND_ITEM, "Acme agreed to the following:\nSell the Delta plant to Bolt.\n")
    answer = engine.ask("Who was the Delta plant sold to?")
    assert answer.status == "answered"
    assert answer.citations[0].sentence == 2
