"""A verb with its particles that means one other verb ("ended up with": acquired) is read as that verb."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: works, name: the Works, kind: factory, aliases: [Works]}
statements:
  - {id: sale, kind: event, answer: "Acme sold the Works to Bolt in 2020.", about: [works, acme, bolt],
     people: [bolt], keywords: [sell, sold, buyer, acquire, acquired], sentence: 1,
     quote: "Acme sold the Works to Bolt in 2020."}
  - {id: history, kind: description, answer: "Acme built the Works in 1990.", about: [works, acme],
     people: [acme], keywords: [build, built], sentence: 2, quote: "Acme built the Works in 1990."}
"""
TEXT = "Acme sold the Works to Bolt in 2020.\nAcme built the Works in 1990.\n"


def test_ended_up_with_asks_who_acquired_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who ended up with the Works?")
    assert answer.status == "answered" and "Bolt" in answer.text


def test_the_knowledge_and_the_question_read_a_phrasal_verb_alike(tmp_path: Path) -> None:
    normaliser = tiny_engine(tmp_path, RECORDS, TEXT).kb.normaliser
    assert normaliser.words("Bolt took over the Works") == normaliser.words("Bolt acquired over the Works")
    assert normaliser.words("took part") == ("took", "part")  # a verb without its particles stays itself


def test_led_to_is_caused_not_a_lead(tmp_path: Path) -> None:
    """ "Led to" says what caused what: it is no "lead" ("which company leads?" asks the highest)."""
    normaliser = tiny_engine(tmp_path).kb.normaliser
    assert normaliser.words("the storm led to a rise") == normaliser.words("the storm caused to a rise")
