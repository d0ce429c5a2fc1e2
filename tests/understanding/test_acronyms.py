"""An acronym alias ("UK") is found typed in lower case, unless the lower case is a word of its own ("it"); so
too when the folder's lexicon spells the capitals out (a case-sensitive abbreviation, which lower case escapes)."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
lexicon:
  case_sensitive_abbreviations: {UK: United Kingdom, IT: Italy}
entities:
  - {id: uk, name: the United Kingdom, kind: country, aliases: [United Kingdom, UK]}
  - {id: italy, name: Italy, kind: country, aliases: [Italy, IT]}
measures:
  - {id: exports, name: tea exports, unit: tonnes, aliases: [tea exports]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: uk-2020, subject: uk, measure: exports, period: y2020, value: "120 tonnes", sentence: 1,
     quote: "The UK exported 120 tonnes of tea in 2020"}
  - {id: it-2020, subject: italy, measure: exports, period: y2020, value: "80 tonnes", sentence: 2,
     quote: "Italy exported 80 tonnes"}
"""
TEXT = "The UK exported 120 tonnes of tea in 2020.\nItaly exported 80 tonnes.\n"


def test_an_acronym_typed_in_lower_case_names_its_entity(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("uk tea exports 2020")
    assert answer.status == "answered" and "120 tonnes" in answer.text


def test_an_acronym_whose_lower_case_is_a_word_is_not_read_in_lower_case(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("what were it tea exports in 2020")
    assert answer.status != "answered" and "Italy's" not in answer.text  # an unknown may list Italy's figure nearby


US = """
entities:
  - {id: usa, name: the United States, kind: country, aliases: [United States, US, U.S.]}
  - {id: ohio, name: Ohio, kind: state, aliases: [Ohio]}
measures:
  - {id: population, name: population, unit: people, aliases: [population]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: us-2020, subject: usa, measure: population, period: y2020, value: "330 million", sentence: 1,
     quote: "The US had 330 million people in 2020"}
  - {id: ohio-2020, subject: ohio, measure: population, period: y2020, value: "12 million", sentence: 2,
     quote: "Ohio had 12 million"}
"""
US_TEXT = "The US had 330 million people in 2020.\nOhio had 12 million.\n"


def test_us_in_lower_case_names_the_country_where_no_pronoun_stands(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, US, US_TEXT)
    for question in ("what was the us population in 2020", "us population 2020"):
        answer = engine.ask(question)
        assert answer.status == "answered" and "330 million" in answer.text, question
    assert "330 million" not in engine.ask("tell us the population of Ohio in 2020").text


def test_a_total_over_everyone_never_adds_a_country_to_its_states(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, US, US_TEXT).ask("What was the total population in 2020?")
    assert "342 million" not in answer.text
