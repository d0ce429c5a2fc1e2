"""A gap asked downwards ("how many fewer did X sell than Y?") is worded as the first side's shortfall."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine


@pytest.mark.parametrize(
    "question",
    [
        "How much less did Bolt sell than Acme in 2021?",
        "How many fewer widgets did Bolt sell than Acme in 2021?",
        "How much lower were Bolt's sales than Acme's in 2021?",
    ],
)
def test_a_gap_asked_downwards_is_the_first_sides_shortfall(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path).ask(question)
    assert answer.text.startswith("Bolt's widget sales in 2021 were 60 widgets less than Acme's"), answer.text
    assert "40% less" in answer.text  # of the higher figure: 60 ÷ 150


def test_a_gap_asked_downwards_of_the_higher_side_says_it_is_higher(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many fewer widgets did Acme sell than Bolt in 2021?")
    assert answer.text.startswith("Acme's widget sales in 2021 exceeded Bolt's by 60 widgets"), answer.text


def test_a_gap_asked_upwards_is_worded_as_before(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many more widgets did Acme sell than Bolt in 2021?")
    assert (
        answer.text.startswith("Acme's widget sales in 2021 exceeded Bolt's by 60 widgets")
        and "66.7% more" in answer.text
    )
