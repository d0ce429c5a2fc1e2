"""An unknown answer names only the words the sources truly do not cover, and what they give nearby."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme's median weekly earnings were $900 in 2020.\nBolt's median weekly earnings were $700 in 2020.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: earnings, name: median weekly earnings, unit: US dollars, aliases: [median weekly earnings, weekly earnings]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-2020, subject: acme, measure: earnings, period: y2020, value: $900, sentence: 1,
     quote: "Acme's median weekly earnings were $900 in 2020"}
  - {id: bolt-2020, subject: bolt, measure: earnings, period: y2020, value: $700, sentence: 2,
     quote: "Bolt's median weekly earnings were $700 in 2020"}
"""


def test_a_word_of_a_measure_s_name_is_never_blamed(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("median weekly earnings in 2014")
    assert answer.status.value == "unknown"
    assert "'2014'" in answer.text
    assert "'median'" not in answer.text


def test_a_named_entity_beside_unknown_words_gets_what_is_known_about_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("acme zorbification 2020")
    assert answer.status.value == "unknown"
    assert "couldn't find anything" not in answer.text
    assert "$900" in answer.text


CAVEAT = "Earnings comparisons do not control for many factors.\n"
WITH_CAVEAT = (
    RECORDS
    + """
statements:
  - id: caveat
    kind: reason
    answer: Earnings comparisons do not control for many factors.
    sentence: 3
    quote: "Earnings comparisons do not control for many factors."
"""
)


def test_a_measure_word_left_by_a_statement_reading_is_not_blamed(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, WITH_CAVEAT, TEXT + CAVEAT).ask("median weekly earnings in 2014")
    assert answer.status.value == "unknown"
    assert "'2014'" in answer.text
    assert "'median'" not in answer.text
