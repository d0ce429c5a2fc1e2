"""How an answer words a market whose name brings its own preposition ("at home": never "in at home"), and a
share the source writes as a bare figure ("51 versus 16 percent"): the measure's percent is shown with it."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Self-employed persons were more likely to work at home than wage earners, 51 versus 16 percent, in 2003.\n"
RECORDS = """
entities:
  - {id: self-employed, name: self-employed persons, kind: population, aliases: [self-employed persons]}
  - {id: wage-earners, name: wage earners, kind: population, aliases: [wage earners]}
  - {id: at-home, name: at home, kind: market, aliases: [at home, home]}
measures:
  - {id: share, name: share who worked, unit: percent, aliases: [share who worked, share working, share]}
periods:
  - {id: y2003, aliases: ["2003"]}
facts:
  - {id: self-2003, subject: self-employed, measure: share, market: at-home, period: y2003, value: "51",
     sentence: 1, quote: "Self-employed persons were more likely to work at home than wage earners, 51",
     context: [{sentence: 1, quote: "in 2003"}]}
  - {id: wage-2003, subject: wage-earners, measure: share, market: at-home, period: y2003, value: 16 percent,
     sentence: 1, quote: "wage earners, 51 versus 16 percent, in 2003", context: [{sentence: 1, quote: "at home"}]}
"""


def test_a_market_named_with_its_preposition_keeps_it_alone(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the share of wage earners working at home in 2003?")
    assert answer.status == "answered"
    assert "at home in 2003: 16 percent" in answer.text
    assert "in at home" not in answer.text


def test_a_bare_share_is_shown_with_its_percent(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the share of self-employed persons at home in 2003?")
    assert answer.status == "answered"
    assert "51 percent" in answer.text
