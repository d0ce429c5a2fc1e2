"""After a statement whose sentence states one figure, "how many more is that?" goes on from that figure."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: towns, name: the towns, kind: group, aliases: [towns]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: town-count, name: number of towns taking part, unit: towns, aliases: [number of towns, towns]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: towns-2020, subject: towns, measure: town-count, period: y2020, value: "12", sentence: 1,
     quote: "12 towns sued Acme"}
  - {id: towns-2022, subject: towns, measure: town-count, period: y2022, value: "20", sentence: 2,
     quote: "20 towns sued Acme again"}
statements:
  - {id: first-suit, kind: event, answer: "In 2020, 12 towns sued Acme over its dam.", about: [acme, towns],
     keywords: [sue, sued, lawsuit, dam], date: "2020", sentence: 1, quote: "In 2020, 12 towns sued Acme over its dam."}
  - {id: second-suit, kind: event, answer: "In 2022, 20 towns sued Acme again, over its canal.", about: [acme, towns],
     keywords: [sue, sued, lawsuit, canal], date: "2022", sentence: 2,
     quote: "In 2022, 20 towns sued Acme again, over its canal."}
"""
TEXT = "In 2020, 12 towns sued Acme over its dam.\nIn 2022, 20 towns sued Acme again, over its canal.\n"


def test_how_many_more_after_two_statements_goes_on_from_their_figures(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    assert "12" in engine.ask("Who sued Acme over the dam?", conversation).text
    assert "20" in engine.ask("And over the canal?", conversation).text
    answer = engine.ask("How many more is that?", conversation)
    assert answer.status == "answered" and "8" in answer.text


ONE_SENTENCE = """
entities:
  - {id: towns, name: the towns, kind: group, aliases: [towns]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: town-count, name: number of towns taking part, unit: towns, aliases: [number of towns, towns]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2022, aliases: ["2022"]}
facts:
  - {id: towns-2020, subject: towns, measure: town-count, period: y2020, value: "12", sentence: 1,
     quote: "12 towns sued Acme in 2020"}
  - {id: towns-2022, subject: towns, measure: town-count, period: y2022, value: "20", sentence: 1,
     quote: "20 in 2022"}
statements:
  - {id: suits, kind: event, answer: "12 towns sued Acme in 2020, and 20 in 2022.", about: [acme, towns],
     keywords: [sue, sued, lawsuit], sentence: 1, quote: "12 towns sued Acme in 2020, and 20 in 2022."}
"""


def test_a_sentence_stating_two_figures_stands_for_neither(tmp_path: Path) -> None:
    from factbot.understanding.reading import Reading
    from factbot.understanding.stated_figure import stated_figure

    kb = tiny_engine(tmp_path, ONE_SENTENCE, "12 towns sued Acme in 2020, and 20 in 2022.\n").kb
    assert stated_figure(kb, Reading(operation="statement", statement=0)) is None
    assert stated_figure(tiny_engine(tmp_path / "b", RECORDS, TEXT).kb, Reading(operation="statement", statement=0))
