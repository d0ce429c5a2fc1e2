"""A figure in months answers "how many months after ...", ahead of two dated events."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

DELAY = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: opening-delay, name: delay before the plant opens, unit: months,
     aliases: [delay before the plant opens, plant begin, begin after the deal]}
facts:
  - {id: acme-delay, subject: acme, measure: opening-delay, value: six, sentence: 2,
     quote: "Acme's plant would open six months after the deal"}
statements:
  - {id: deal, kind: event, about: [acme], date: "in 2019", sentence: 1, quote: "Acme signed the deal in 2019."}
  - {id: shop, kind: event, about: [acme], date: "in 2020", sentence: 3, quote: "Acme launched a plant shop in 2020."}
"""
TEXT = (
    "Acme signed the deal in 2019.\n"
    "Acme's plant would open six months after the deal.\n"
    "Acme launched a plant shop in 2020.\n"
)


def test_a_figure_in_the_unit_asked_answers_how_many_months_after(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, DELAY, TEXT)
    answer = engine.ask("How many months after the deal would Acme's plant begin?")
    assert answer.status == "answered"
    assert "six (6) months" in answer.text


LEISURE = """
entities:
  - {id: men, name: men, kind: sex, aliases: [men]}
  - {id: women, name: women, kind: sex, aliases: [women]}
measures:
  - {id: leisure-time, name: time spent on leisure activities, unit: hours, aliases: [leisure activities, leisure]}
facts:
  - {id: women-leisure, subject: women, measure: leisure-time, period: y2004, value: 4.8 hours, sentence: 1,
     quote: "women spent 4.8 hours on leisure activities"}
statements:
  - {id: sports, kind: description, about: [men, women], date: "2004", sentence: 2,
     quote: "In 2004 men were more likely than women to play sports and spent more time on them."}
  - {id: more, kind: description, sentence: 3, quote: "More on leisure activities is in report 05-1766."}
"""
LEISURE_TEXT = (
    "In 2004, women spent 4.8 hours on leisure activities.\n"
    "In 2004 men were more likely than women to play sports and spent more time on them.\n"
    "More on leisure activities is in report 05-1766.\n"
)


def test_how_much_time_with_a_measure_of_time_asks_its_figure_not_time_between_statements(tmp_path: Path) -> None:
    engine = tiny_engine(
        tmp_path, LEISURE.replace("facts:", 'periods:\n  - {id: y2004, aliases: ["2004"]}\nfacts:'), LEISURE_TEXT
    )
    answer = engine.ask("How much time did women spend on leisure activities in 2004?")
    assert answer.status == "answered"
    assert "4.8 hours" in answer.text
