"""A statement with a tag after a comma ("..., right?") asks whether it holds: the verdict comes first."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine


def test_a_tagged_statement_gets_its_verdict(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    assert engine.ask("Acme sold 150 widgets in 2021, right?").text.startswith("Yes")
    assert engine.ask("Acme sold 140 widgets in 2021, correct?").text.startswith("No")
    assert engine.ask("Bolt sold 90 widgets in 2021, isn't it?").text.startswith("Yes")


def test_a_question_asking_an_amount_stays_one_whatever_its_tag(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many widgets did Acme sell in 2021, right?")
    assert answer.status == "answered" and not answer.text.startswith(("Yes", "No"))
