"""A follow-up after a period asked relative to the conversation's ("what was it the year before?") borrows both
the period moved to and the one moved from: it may mean either, so each is answered. A period the last question
named itself is borrowed alone."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "Acme's share of sales fell to 45% in 2021 from 60% in 2020, and its share of staff to 30% from 35%.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales-share, name: share of sales, unit: percent, aliases: [share of sales]}
  - {id: staff-share, name: share of staff, unit: percent, aliases: [share of staff]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: sales-2021, subject: acme, measure: sales-share, period: y2021, value: 45%, sentence: 1,
     quote: "Acme's share of sales fell to 45% in 2021"}
  - {id: sales-2020, subject: acme, measure: sales-share, period: y2020, value: 60%, sentence: 1,
     quote: "from 60% in 2020"}
  - {id: staff-2021, subject: acme, measure: staff-share, period: y2021, value: 30%, sentence: 1,
     quote: "its share of staff to 30%"}
  - {id: staff-2020, subject: acme, measure: staff-share, period: y2020, value: 35%, sentence: 1,
     quote: "its share of staff to 30% from 35%"}
"""


def test_after_the_year_before_a_follow_up_gives_both_years(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What was Acme's share of sales in 2021?", conversation)
    assert "60" in engine.ask("What was it the year before?", conversation).text
    answer = engine.ask("And its share of staff?", conversation)
    assert answer.status == "answered" and "30" in answer.text and "35" in answer.text, answer.text


def test_after_a_named_year_a_follow_up_keeps_that_year(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What was Acme's share of sales in 2021?", conversation)
    assert "60" in engine.ask("And in 2020?", conversation).text
    answer = engine.ask("And its share of staff?", conversation)
    assert answer.status == "answered" and "35" in answer.text and "30" not in answer.text, answer.text


def test_a_moved_from_period_with_no_figure_of_the_new_subject_is_left_out(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "aliases: [Acme]}", "aliases: [Acme]}\n  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}"
    )
    records += """  - {id: bolt-2021, subject: bolt, measure: sales-share, period: y2021, value: 12%, sentence: 2,
     quote: "Bolt's share of sales was 12% in 2021."}
"""
    text = TEXT + "Bolt's share of sales was 12% in 2021.\n"
    engine, conversation = tiny_engine(tmp_path, records, text), Conversation()
    engine.ask("What was Acme's share of sales in 2020?", conversation)
    assert "45" in engine.ask("What was it the year after?", conversation).text
    answer = engine.ask("What about Bolt?", conversation)
    assert answer.status == "answered" and "12" in answer.text, answer.text


def test_a_follow_up_never_answers_only_for_the_period_moved_from(tmp_path: Path) -> None:
    """Moved from 2021 to the year before, the conversation is about 2020: Bolt, with a figure of 2021 only, has
    none of the year asked, and its 2021 figure is no answer for it."""
    records = RECORDS.replace(
        "aliases: [Acme]}", "aliases: [Acme]}\n  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}"
    )
    records += """  - {id: bolt-2021, subject: bolt, measure: sales-share, period: y2021, value: 12%, sentence: 2,
     quote: "Bolt's share of sales was 12% in 2021."}
"""
    text = TEXT + "Bolt's share of sales was 12% in 2021.\n"
    engine, conversation = tiny_engine(tmp_path, records, text), Conversation()
    engine.ask("What was Acme's share of sales in 2021?", conversation)
    assert "60" in engine.ask("What was it the year before?", conversation).text
    answer = engine.ask("What about Bolt?", conversation)
    assert answer.status != "answered", answer.text
