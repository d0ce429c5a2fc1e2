"""A name ends early when a longer one begins inside it: "Iowa tea and coffee sales" is Iowa's "tea and coffee"."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: iowa, name: Iowa, kind: state, aliases: [Iowa]}
  - {id: iowa-tea, name: Iowa's tea crop, kind: crop, aliases: [Iowa tea]}
  - {id: tea-coffee, name: tea and coffee, kind: crops, aliases: [tea and coffee]}
  - {id: cattle, name: cattle, kind: livestock, aliases: [cattle]}
measures:
  - {id: sales, name: sales, unit: US dollars, aliases: [sales]}
  - {id: planted, name: share planted, unit: percent, aliases: [planted]}
facts:
  - {id: crop-sales, subject: tea-coffee, market: iowa, measure: sales, value: "$14 billion", sentence: 1,
     quote: "Tea and coffee sales produced $14 billion for Iowa"}
  - {id: cattle-sales, subject: cattle, market: iowa, measure: sales, value: "$8 billion", sentence: 2,
     quote: "Cattle sales generated $8 billion for Iowa"}
  - {id: tea-planted, subject: iowa-tea, measure: planted, value: "90 percent", sentence: 3,
     quote: "Iowa tea is 90 percent planted"}
"""
TEXT = (
    "Tea and coffee sales produced $14 billion for Iowa.\n"
    "Cattle sales generated $8 billion for Iowa.\n"
    "Iowa tea is 90 percent planted.\n"
)


def test_a_longer_name_beginning_inside_a_shorter_one_wins(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were Iowa's tea and coffee sales?")
    assert answer.status == "answered" and "$14 billion" in answer.text


def test_how_many_times_bigger_between_the_names_so_read(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "How many times bigger were Iowa's tea and coffee sales than its cattle sales?"
    )
    assert answer.status == "answered" and "1.75" in answer.text


def test_the_shorter_name_stays_when_nothing_longer_begins_inside_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much of the Iowa tea is planted?")
    assert answer.status == "answered" and "90 percent" in answer.text


GROUPS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cato, name: Cato, kind: company, aliases: [Cato]}
  - {id: dyne, name: Dyne, kind: company, aliases: [Dyne]}
  - {id: acme-group, name: the Acme-led group, kind: group, aliases: [Acme group, Acme-led group],
     members: [acme, dyne]}
  - {id: pact, name: the Bolt-Cato pact, kind: group,
     aliases: [Bolt-Cato pact, Bolt Cato pact, pact, alliance between Bolt and Cato], members: [bolt, cato]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets, sales]}
facts:
  - {id: group-sales, subject: acme-group, measure: sales, value: "160", sentence: 1,
     quote: "The Acme-led group sold 160 widgets"}
  - {id: pact-sales, subject: pact, measure: sales, value: "80", sentence: 2,
     quote: "the Bolt-Cato pact sold 80 widgets"}
"""
GROUPS_TEXT = "The Acme-led group sold 160 widgets.\nAnd the Bolt-Cato pact sold 80 widgets.\n"


def test_a_name_is_not_cut_by_a_name_read_across_skipped_words(tmp_path: Path) -> None:
    """ "group than the Bolt-Cato" reads as "group between Bolt and Cato" only by skipping words: no cut."""
    question = "How much bigger is the Acme group than the Bolt-Cato pact in sales?"
    answer = tiny_engine(tmp_path, GROUPS, GROUPS_TEXT).ask(question)
    assert answer.status == "answered" and "80" in answer.text
