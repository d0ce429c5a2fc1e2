"""A group is also called by its leader's name with a group word, or its own name with another one."""

from __future__ import annotations

from pathlib import Path

from factbot.knowledge.group_names import group_names
from tiny import tiny_engine

STOPWORDS = frozenset({"the", "of"})
GROUP_WORDS = [("allianc",), ("gang",), ("tie", "up")]


def test_an_alias_with_a_group_word_is_made_with_each_other_one() -> None:
    made = group_names([("acm", "bolt", "allianc")], [], GROUP_WORDS, STOPWORDS)
    assert ("acm", "bolt", "gang") in made and ("acm", "bolt", "tie", "up") in made
    assert ("acm", "bolt", "allianc") not in made  # already an alias


def test_the_leaders_name_with_a_group_word_names_the_group() -> None:
    made = group_names([], [("acm",)], GROUP_WORDS, STOPWORDS)
    assert set(made) == {("acm", "allianc"), ("acm", "gang"), ("acm", "tie", "up")}


def test_a_bare_group_word_makes_nothing() -> None:
    assert group_names([("the", "allianc")], [], GROUP_WORDS, STOPWORDS) == []


RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Acme-led alliance, kind: group, aliases: [Acme-led alliance], led_by: acme,
     members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales, widgets]}
facts:
  - {id: pact-sales, subject: pact, measure: sales, value: "300 widgets", sentence: 1,
     quote: "The Acme-led alliance sold 300 widgets"}
statements:
  - {id: joined, kind: event, answer: "Cog plans to join the Acme-led alliance.", about: [pact], sentence: 2,
     quote: "Cog plans to join the Acme-led alliance"}
"""
TEXT = "The Acme-led alliance sold 300 widgets.\nCog plans to join the Acme-led alliance.\n"


def test_a_made_group_name_finds_the_groups_figures(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert "300" in engine.ask("how many widgets did the Acme gang sell?").text
    assert "300" in engine.ask("how many widgets did Acme's tie-up sell?").text


def test_who_is_in_a_group_is_answered_by_its_members(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    for question in ("who is in the Acme-led alliance?", "who's in the Acme-led alliance?"):
        answer = engine.ask(question)
        assert "Acme and Bolt" in answer.text, question
