"""A follow-up saying only which way to move in time ("and after?") asks of the next period the sources hold."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import FALLING_SHARE, tiny_engine

TEXT = "Acme held 60% of the market in 2020, and 45% in 2021.\n"


def test_and_after_moves_to_the_next_period(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, FALLING_SHARE, TEXT), Conversation()
    engine.ask("What was Acme's market share in 2020?", conversation)
    answer = engine.ask("and after?", conversation)
    assert answer.status == "answered" and "45" in answer.text and "60" not in answer.text


def test_and_before_moves_to_the_previous_period(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, FALLING_SHARE, TEXT), Conversation()
    engine.ask("What was Acme's market share in 2021?", conversation)
    answer = engine.ask("and before that?", conversation)
    assert answer.status == "answered" and "60" in answer.text and "45" not in answer.text


def test_past_the_last_period_there_is_nothing(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, FALLING_SHARE, TEXT), Conversation()
    engine.ask("What was Acme's market share in 2021?", conversation)
    assert engine.ask("and after?", conversation).status != "answered"
