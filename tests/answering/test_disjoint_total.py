"""A total never counts anyone twice: a group that lists no members may hold the others, so it is not added; its
own total is the figure the sources give for it."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: top-sellers, name: the top sellers, kind: group, aliases: [top sellers]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2021"}
  - {id: top-2021, subject: top-sellers, measure: widget-sales, period: y2021, value: "900 widgets",
     sentence: 2, quote: "The top sellers sold 900 widgets in 2021"}
"""
TEXT = "Acme sold 150 widgets in 2021.\nThe top sellers sold 900 widgets in 2021.\n"


def test_a_group_without_members_is_not_added_to_another_subject(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "What were Acme's and the top sellers' widget sales in 2021 combined?"
    )
    assert "1,050" not in answer.text


def test_the_total_of_a_group_without_members_is_the_figure_given_for_it(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    engine.ask("How many widgets did Acme sell in 2021?", conversation)
    answer = engine.ask("And the top sellers together?", conversation)
    assert answer.status == "answered"
    assert "900" in answer.text
