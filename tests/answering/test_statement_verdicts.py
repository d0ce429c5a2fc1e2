"""Yes/no over what the sources say in words, and "who is X" from an entity's description."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: agency, name: the Agency, kind: agency, aliases: [Agency]}
  - {id: dana, name: Dana Smith, kind: person, aliases: [Dana Smith, Smith],
     description: "an analyst at the Agency", evidence: [{sentence: 1, quote: "Dana Smith, an analyst at the Agency"}]}
measures:
  - {id: profit-rank, name: rank among the most profitable years, unit: rank,
     aliases: [most profitable year, most profitable years]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-rank, subject: acme, measure: profit-rank, period: y2021, value: fifth, number: 5, sentence: 3,
     quote: "2021 was Acme's fifth-most profitable year on record"}
statements:
  - id: stock-cut
    kind: report
    answer: "The Agency's reduction in the stockpile and increases in demand helped prices, Dana Smith said."
    about: [agency]
    people: [dana]
    keywords: [stockpile, stocks]
    sentence: 2
    quote: "The Agency's reduction in the stockpile and increases in demand helped prices, Dana Smith said"
"""
TEXT = (
    "Dana Smith, an analyst at the Agency, spoke on Monday.\n"
    "The Agency's reduction in the stockpile and increases in demand helped prices, Dana Smith said.\n"
    "2021 was Acme's fifth-most profitable year on record.\n"
)


def test_a_rank_below_the_first_is_no_record(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Was 2021 Acme's most profitable year on record?")
    assert not answer.text.startswith("Yes")


def test_a_statement_that_tells_of_a_fall_does_not_say_yes_to_a_rise(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did the Agency raise the stockpile?")
    assert not answer.text.startswith("Yes")


def test_who_is_a_person_is_answered_by_their_description(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who is Dana Smith?")
    assert answer.status == "answered" and "analyst at the Agency" in answer.text and "stockpile" not in answer.text


GROWTH = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: income, name: income, unit: US dollars, aliases: [income]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: income-2021, subject: acme, measure: income, period: y2021, value: "$63 billion", sentence: 1,
     quote: "Acme's income will rise 10 percent to $63 billion in 2021"}
  - {id: income-rise, subject: acme, measure: income, period: y2021, change: "+10 percent", sentence: 1,
     quote: "rise 10 percent"}
"""


def test_a_percent_change_of_dollars_is_never_taken_from_dollars(tmp_path: Path) -> None:
    text = "Acme's income will rise 10 percent to $63 billion in 2021.\n"
    answer = tiny_engine(tmp_path, GROWTH, text).ask("What was Acme's income in 2020?")
    assert "53" not in answer.text  # not $63 billion less 10: the level before is $63 billion ÷ 1.10
    assert answer.status != "answered" or "$57.3 billion" in answer.text


def test_who_is_he_after_a_quote_is_the_one_who_spoke(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What did Dana Smith say about the stockpile?", conversation)
    answer = engine.ask("Who is she?", conversation)
    assert answer.status == "answered" and "analyst at the Agency" in answer.text


def test_who_counts_as_asks_for_the_description(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who counts as Dana Smith?")
    assert answer.status == "answered" and "analyst at the Agency" in answer.text


def test_an_ordinal_is_no_amount_a_statement_could_give(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "statements:",
        """statements:
  - {id: first-time, answer: "Acme's farmers will be profitable for the first time in years.", about: [acme],
     keywords: [farmers, profitable], sentence: 4,
     quote: "Acme's farmers will be profitable for the first time in years"}""",
    )
    text = TEXT + "Acme's farmers will be profitable for the first time in years.\n"
    answer = tiny_engine(tmp_path, records, text).ask("How many farmers does Acme have?")
    assert answer.status != "answered"
