"""A follow-up asking what share of two names' combined total "that" is: the part is the subject the last answer
was about, the whole the sum of the names, as the same question asked whole would read it."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.understanding.conversation import Conversation
from tiny import RECORDS, TEXT, tiny_engine


def test_that_as_a_share_of_a_combined_total(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    assert engine.ask("How many widgets did Bolt sell in 2021?", conversation).status is Status.ANSWERED
    answer = engine.ask("What share of Acme and Bolt's combined total is that?", conversation)
    assert answer.status is Status.ANSWERED and "37.5%" in answer.text, answer.text


def test_that_as_a_share_of_one_groups_total_is_no_combined_share(tmp_path: Path) -> None:
    """ "The pact's total" names one whole holding Bolt: Bolt is never added to it."""
    records = RECORDS.replace(
        "measures:", "  - {id: pact, name: the pact, kind: group, aliases: [pact], members: [acme, bolt]}\nmeasures:", 1
    )
    engine = tiny_engine(tmp_path, records, TEXT)
    conversation = Conversation()
    engine.ask("How many widgets did Bolt sell in 2021?", conversation)
    answer = engine.ask("What share of the pact's total is that?", conversation)
    assert "combined" not in answer.text, answer.text
