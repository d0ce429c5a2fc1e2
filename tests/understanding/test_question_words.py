"""The question word is the first one, unless an opener asking an amount comes first: the "who" of "how long
did women who worked full time work?" opens a clause, and the question asks an amount."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.analysis import analyse
from tiny import tiny_engine


def test_a_who_after_how_many_opens_a_clause(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path).kb
    analysis = analyse("How many widgets did the shops who deal with Acme sell in 2021?", kb)
    assert analysis.question_word is None and analysis.asks_amount


def test_a_question_word_first_is_the_question_word(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path).kb
    assert analyse("Who sold 150 widgets in 2021?", kb).question_word == "who"
    assert analyse("Led by Acme, which shop sold the most widgets?", kb).question_word == "which"


SHARES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: home-share, name: share of staff working at home, unit: percent,
     aliases: [share working at home, worked at home]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a, subject: acme, measure: home-share, period: y2021, value: 34 percent, sentence: 1,
     quote: "34 percent of Acme's staff worked at home in 2021"}
"""


def test_how_many_asks_a_count_no_percentage_answers(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, SHARES, "34 percent of Acme's staff worked at home in 2021.\n")
    assert engine.ask("How many million of Acme's staff worked at home in 2021?").status != "answered"
    assert engine.ask("What share of Acme's staff worked at home in 2021?").status == "answered"
