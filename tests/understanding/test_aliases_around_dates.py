"""A declared period's alias or label holding a date anywhere inside it ("since the 2010 census", "between the
2010 census and July 1, 2011") names that period, never the bare dates read inside it."""

from __future__ import annotations

from pathlib import Path

from factbot.knowledge.phrases import PERIOD
from factbot.results import Status
from factbot.understanding.curated_periods import _alias_heads, _holds_alias
from tiny import tiny_engine

TEXT = (
    "Acme's workforce grew 2.7 percent between the 2010 census and July 1, 2011.\n"
    "Acme's workforce grew 1.1 percent in 2010.\n"
)

FACTS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: growth, name: workforce growth, unit: percent, is_change: true, aliases: [workforce growth, growth]}
periods:
  - PERIOD
  - {id: y2010, aliases: ["2010"]}
facts:
  - {id: a-2011, subject: acme, measure: growth, period: p2011, value: +2.7 percent, sentence: 1,
     quote: "Acme's workforce grew 2.7 percent between the 2010 census and July 1, 2011"}
  - {id: a-2010, subject: acme, measure: growth, period: y2010, value: +1.1 percent, sentence: 2,
     quote: "Acme's workforce grew 1.1 percent in 2010"}
"""

ALIASES = (
    '{id: p2011, label: "since the census", order: 2011.5, aliases: ["since the 2010 census", "after the 2010 census"]}'
)
LABEL = '{id: p2011, label: "between the 2010 census and July 1, 2011", order: 2011.5}'


def test_an_alias_with_the_year_inside_names_its_period(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, FACTS.replace("PERIOD", ALIASES), TEXT)
    for question in ("Acme's workforce growth since the 2010 census?", "Acme's workforce growth after the 2010 census"):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED and "2.7 percent" in answer.text and "1.1" not in answer.text
    year = engine.ask("Acme's workforce growth in 2010?")
    assert year.status is Status.ANSWERED and "1.1 percent" in year.text and "2.7" not in year.text


def test_a_label_holding_other_dates_names_its_period(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, FACTS.replace("PERIOD", LABEL), TEXT)
    answer = engine.ask("Acme's workforce growth between the 2010 census and July 1, 2011?")
    assert answer.status is Status.ANSWERED and "2.7 percent" in answer.text and "1.1" not in answer.text


def test_only_words_beginning_an_alias_are_looked_up_and_no_alias_is_missed(tmp_path: Path) -> None:
    """The words around a date are looked up as an alias only when they begin with a first word of one (as written
    or without function words); every run of words that is an alias still begins with one."""
    engine = tiny_engine(tmp_path, FACTS.replace("PERIOD", ALIASES), TEXT)
    kb = engine.kb
    exact, loose = _alias_heads(kb)
    since, census = kb.normaliser.words("since census")
    assert since in exact and census not in exact and census not in loose
    text = "the growth since the 2010 census and after the 2010 census in 2010"
    words = kb.normaliser.words(text)
    runs = {words[start:end] for start in range(len(words)) for end in range(start + 1, len(words) + 1)}
    for own in (("2010",),):
        for run in runs:
            whole = len(run) > len(own) and any(target.kind == PERIOD for target in kb.phrases.get(run, ()))
            content = tuple(word for word in run if word not in kb.stopwords)
            bare = any(target.kind == PERIOD for target in kb.loose_phrases.get(content, ()))
            assert _holds_alias(run, own, kb) == (whole or (len(content) > 1 and bare)), run
