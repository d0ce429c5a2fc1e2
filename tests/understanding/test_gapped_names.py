"""A name said inside another name's alias: "the December Acme contract", "the cash tea price"."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

CONTRACTS = """
entities:
  - {id: tea, name: tea, kind: commodity, aliases: [tea, cash tea]}
  - {id: may, name: the May contract, kind: market, aliases: [May contract]}
  - {id: december, name: the December contract, kind: market, aliases: [December contract]}
measures:
  - {id: close, name: closing price, unit: US dollars, aliases: [closing price, closed]}
  - {id: cash-price, name: cash price, unit: US dollars, aliases: [cash price]}
facts:
  - {id: may-close, subject: tea, market: may, measure: close, value: "$3.70", sentence: 1,
     quote: "Tea closed at $3.70 for the May contract"}
  - {id: december-close, subject: tea, market: december, measure: close, value: "$3.93", sentence: 1,
     quote: "$3.93 for the December contract"}
  - {id: cash, subject: tea, measure: cash-price, value: "$3.10", sentence: 2, quote: "Cash tea sold for $3.10"}
"""
TEXT = "Tea closed at $3.70 for the May contract and $3.93 for the December contract.\nCash tea sold for $3.10.\n"


def test_a_market_alias_said_around_the_subjects_name(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, CONTRACTS, TEXT).ask("What did the December tea contract close at?")
    assert answer.status == "answered" and "3.93" in answer.text and "3.70" not in answer.text


def test_a_measure_alias_said_around_a_name_that_has_a_longer_alias(tmp_path: Path) -> None:
    """ "cash tea" is a name of tea too; read as "cash ... price" around "tea", the whole question is explained."""
    answer = tiny_engine(tmp_path, CONTRACTS, TEXT).ask("What is the cash tea price?")
    assert answer.status == "answered" and "3.10" in answer.text
