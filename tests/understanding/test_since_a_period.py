"""'Since 1998' names the change a fact states since 1998, not the level of 1998."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme's output was 101.4 tonnes in 2016, down 48% from its peak in 1998.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: output, name: output, unit: tonnes, aliases: [output]}
periods:
  - {id: y1998, aliases: ["1998"]}
  - {id: y2016, aliases: ["2016"]}
facts:
  - {id: acme-2016, subject: acme, measure: output, period: y2016, value: 101.4 tonnes, sentence: 1,
     quote: "Acme's output was 101.4 tonnes in 2016"}
  - {id: acme-fall, subject: acme, measure: output, period: y2016, since: y1998, change: -48%, sentence: 1,
     quote: "down 48% from its peak in 1998", context: [{sentence: 1, quote: "Acme's output"}]}
"""


def test_since_a_period_asks_the_change_stated_since_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How much has Acme's output fallen since its 1998 peak?")
    assert answer.status is Status.ANSWERED and "down 48%" in answer.text
    assert engine.ask("Has Acme's output risen since 1998?").text.startswith("No")
    assert "48%" not in engine.ask("Acme's output in 1998").text.split("(")[0]


def test_a_bound_on_a_change_stated_in_percent_is_weighed_against_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Has Acme's output fallen by more than half since 1998?").text.startswith("No")
    assert engine.ask("Has Acme's output fallen by more than 40% since 1998?").text.startswith("Yes")
