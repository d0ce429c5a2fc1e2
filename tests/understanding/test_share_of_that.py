"""'What share of the county's bills was that?' after a figure: the share the sources state for the same subject."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: ruritania, name: Ruritania, kind: country, aliases: [Ruritania]}
measures:
  - {id: bills, name: tax bills, unit: US dollars, aliases: [tax bills, billed, taxes]}
  - {id: bill-share, name: share of tax bills, unit: percent, aliases: [share of tax bills]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-bills, subject: acme, measure: bills, period: y2021, market: ruritania, value: "$40 million",
     sentence: 1, quote: "In Ruritania, Acme was billed $40 million in 2021"}
  - {id: acme-share, subject: acme, measure: bill-share, period: y2021, market: ruritania, value: "8%",
     sentence: 1, quote: "8% of the country's tax bills"}
"""
TEXT = "In Ruritania, Acme was billed $40 million in 2021, 8% of the country's tax bills.\n"


def test_a_share_of_that_is_the_stated_share_of_the_last_figure(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    engine.ask("How much was Acme billed in Ruritania in 2021?", conversation)
    answer = engine.ask("What share of Ruritania's taxes was that?", conversation)
    assert answer.status == "answered"
    assert "8%" in answer.text
