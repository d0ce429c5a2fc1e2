"""`--explain` says which words of the question went to which slot, and names a statement by its id and
sentence: a curator can then see a word read as the wrong thing, or not read at all."""

from __future__ import annotations

from pathlib import Path

from factbot.formats import as_text, record
from tiny import tiny_engine


def test_each_slot_shows_its_words(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many widgets did Acme sell in 2021?")
    roles = dict(answer.trace.words)
    assert roles["Acme"] == "entity acme"
    assert roles["2021"] == "period y2021"
    assert any(role == "measure widget-sales" for role in roles.values())


def test_words_nothing_explains_are_listed(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many widgets did Acme sell to zebras in 2021?")
    assert ("zebras", "not explained") in answer.trace.words


def test_a_statement_is_named_by_its_id_and_sentence(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("When did Acme and Bolt form a partnership?")
    slots = dict(answer.trace.slots)
    assert slots["statement"] == "partnership (tiny #3)"


def test_the_text_output_shows_the_words(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("How many widgets did Acme sell in 2021?")
    shown = as_text(record(1, "q", answer, explain=True))
    assert "explain: words: " in shown
    assert "'2021' period y2021" in shown


def test_words_a_statement_explains_are_its_own(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("Did Acme and Bolt form a partnership?")
    assert ("Acme", "the statement's words") in answer.trace.words
