"""A cue word inside the follow-up opener a question starts with asks for no operation: "same" in "same for ..."
says the question goes on from the last one, not that two figures are equal. The opener carries no content."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine


def test_an_opener_with_a_cue_word_borrows_the_last_operation(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    conversation = Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    answer = engine.ask("Same for Bolt?", conversation)
    assert answer.status == "answered"
    assert "90 widgets" in answer.text
    assert "150" not in answer.text


def test_the_cue_word_still_asks_outside_the_opener(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("Did Bolt sell the same number of widgets as Acme in 2021?")
    assert answer.text.startswith("No")
