"""One who speaks in the sources, named with a measure it has no figure of, reports the figure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: agency, name: the Agency, kind: agency, aliases: [Agency]}
  - {id: tea, name: tea, kind: commodity, aliases: [tea]}
  - {id: coffee, name: coffee, kind: commodity, aliases: [coffee]}
measures:
  - {id: stocks, name: surplus stocks, unit: bushels, aliases: [surplus stocks, stocks]}
facts:
  - {id: tea-stocks, subject: tea, measure: stocks, value: "365 million", sentence: 1,
     quote: "The Agency raised surplus tea stocks by 30 million bushels to 365 million bushels"}
  - {id: tea-stocks-change, subject: tea, measure: stocks, change: "+30 million", sentence: 1,
     quote: "raised surplus tea stocks by 30 million bushels"}
  - {id: coffee-stocks, subject: coffee, measure: stocks, value: "20 million", sentence: 2,
     quote: "Coffee stocks stood at 20 million bushels"}
statements:
  - {id: outlook, kind: quote, sentence: 3, people: [agency], quote: "The Agency said the outlook is fair."}
"""
TEXT = (
    "The Agency raised surplus tea stocks by 30 million bushels to 365 million bushels.\n"
    "Coffee stocks stood at 20 million bushels.\n"
    "The Agency said the outlook is fair.\n"
)


def test_the_agency_named_with_a_figure_it_reported_is_not_its_subject(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were the Agency's tea stocks?")
    assert answer.status == "answered" and "365 million" in answer.text and "20 million" not in answer.text


def test_before_it_was_raised_is_the_level_the_change_started_from(tmp_path: Path) -> None:
    """ "raised" asks for the change, which states the level it started from."""
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What were tea stocks before the Agency raised them?")
    assert answer.status == "answered" and "335 million" in answer.text
