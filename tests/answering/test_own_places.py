"""A yes/no on a place that says no gives the place of the subject asked about too."""

from __future__ import annotations

from pathlib import Path

from test_several_places import RECORDS, TEXT

from tiny import tiny_engine


def test_no_on_a_place_names_the_subjects_own_place(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Is Cog the second-largest widget maker?")
    assert answer.text.startswith("No."), answer.text
    assert "Bolt is the second" in answer.text and "Cog is the third" in answer.text, answer.text


def test_yes_on_a_place_says_it_once(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Is Cog the third-largest widget maker?")
    assert answer.text.startswith("Yes.") and answer.text.count("Cog") == 1, answer.text
