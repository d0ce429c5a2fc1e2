""" "What was that in <another period>?" after a figure: "that" is the figure just given, asked again for the
period named; a reading over no figures (who or what the subject is) explains no period."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine


def test_what_was_that_in_another_year_asks_the_last_figure_again(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path), Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    answer = engine.ask("What was that in 2020?", conversation)
    assert answer.status == "answered" and "120" in answer.text


def test_how_much_did_it_go_up_is_the_change_between_the_periods_asked(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path), Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    engine.ask("What was that in 2020?", conversation)
    answer = engine.ask("So how much did it go up?", conversation)
    assert answer.status == "answered" and "150 widgets − 120 widgets = 30" in answer.working
