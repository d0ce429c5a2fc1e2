"""A possessive pronoun bound to the kind a question chooses among ("which shop ... its sales") ranges over every
one of that kind, as the same question without the pronoun does; a pronoun not so bound still points back."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "In 2021 Acme's widget sales rose 4%, Bolt's rose 2% and Crux's fell 3% from 2020.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: shop, aliases: [Crux]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-up, subject: acme, measure: sales, period: y2021, since: y2020, change: "+4%", sentence: 1,
     quote: "In 2021 Acme's widget sales rose 4%"}
  - {id: bolt-up, subject: bolt, measure: sales, period: y2021, since: y2020, change: "+2%", sentence: 1,
     quote: "Bolt's rose 2%"}
  - {id: crux-down, subject: crux, measure: sales, period: y2021, since: y2020, change: "-3%", sentence: 1,
     quote: "Crux's fell 3% from 2020"}
"""


def test_a_pronoun_bound_to_the_kind_chosen_ranges_over_everyone(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Which shop saw the biggest rise in its widget sales in 2021?")
    assert answer.status == "answered" and answer.text.startswith("Acme"), answer.text


def test_a_pronoun_before_the_kind_still_points_back(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    engine.ask("How did Crux's widget sales change in 2021?", conversation)
    answer = engine.ask("How did its widget sales change in 2021?", conversation)
    assert answer.status == "answered" and "Crux" in answer.text, answer.text
