"""A set asked how it rose or fell ("how much did their combined sales grow?") adds the stated changes, never the
levels; and a word of direction inside a name ("the Acme-Bolt tie-up") asks no rise."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme sold 100 widgets in 2021, up 10 from 2020.\nBolt sold 50 widgets in 2021, up 5 from 2020.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: pact, name: the Acme-Bolt tie-up, kind: group, aliases: [Acme-Bolt tie-up, tie-up], members: [acme, bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a21, subject: acme, measure: sales, period: y2021, value: "100", sentence: 1,
     quote: "Acme sold 100 widgets in 2021"}
  - {id: ac, subject: acme, measure: sales, period: y2021, since: y2020, change: "+10", sentence: 1,
     quote: "up 10 from 2020"}
  - {id: b21, subject: bolt, measure: sales, period: y2021, value: "50", sentence: 2,
     quote: "Bolt sold 50 widgets in 2021"}
  - {id: bc, subject: bolt, measure: sales, period: y2021, since: y2020, change: "+5", sentence: 2,
     quote: "up 5 from 2020"}
"""


def test_a_combined_rise_adds_the_changes(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "How much did Acme and Bolt's combined sales grow from 2020 to 2021?"
    )
    assert answer.status is Status.ANSWERED and "15" in answer.text and "150" not in answer.text


def test_a_direction_word_inside_a_name_asks_no_rise(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What did the Acme-Bolt tie-up sell in total in 2021?")
    assert answer.status is Status.ANSWERED and "150" in answer.text
