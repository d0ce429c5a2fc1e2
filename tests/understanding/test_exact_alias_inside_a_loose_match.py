"""A measure alias said word for word is read whole, even where a looser match of another alias of the same
measure starts earlier: the loose match would stop at "or" and leave an entity's one-word name ("sports") inside
the alias to be read alone, as the name of something else the reading then ignores."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.analysis import SpanKind, analyse
from tiny import tiny_engine

TEXT = (
    "In 2004, 96 percent of people reported some leisure or sports activity.\n"
    "Men were more likely than women to play sports.\n"
)
RECORDS = """
entities:
  - {id: people, name: people, kind: population, aliases: [people, everyone]}
  - {id: sports, name: sports, kind: activity, aliases: [sports, playing sports]}
measures:
  - {id: leisure-share, name: share reporting some leisure or sports activity on an average day, unit: percent,
     aliases: [share reporting leisure, some leisure or sports activity]}
periods:
  - {id: y2004, aliases: ["2004"]}
facts:
  - {id: share-2004, subject: people, measure: leisure-share, period: y2004, value: 96 percent, sentence: 1,
     quote: "In 2004, 96 percent of people reported some leisure or sports activity"}
statements:
  - {id: men-sports, sentence: 2, quote: "Men were more likely than women to play sports", about: [sports]}
"""
QUESTION = "What was the people share reporting some leisure or sports activity in 2004?"


def test_the_alias_said_whole_is_one_measure_span(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    analysis = analyse(QUESTION, engine.kb)
    assert not any(span.kind is SpanKind.ENTITY and "sports" in span.targets for span in analysis.spans)


def test_the_figure_is_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(QUESTION)
    assert answer.status == "answered"
    assert "96 percent" in answer.text
