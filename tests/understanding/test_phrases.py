"""Phrases of the knowledge found in a question: the longest wins, but not by a leading stopword."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: jobless, name: the unemployed, kind: group, aliases: [the unemployed, unemployed people]}
  - {id: women, name: adult women, kind: group, aliases: [adult women, women]}
measures:
  - {id: rate, name: unemployment rate, unit: percent, aliases: [unemployment rate, jobless rate]}
  - {id: count, name: number of people, unit: people, aliases: [number, how many people]}
facts:
  - {id: women-rate, subject: women, measure: rate, value: 3.1 percent, sentence: 1, quote: "adult women (3.1 percent)"}
  - {id: jobless-count, subject: jobless, measure: count, value: 5.8 million, sentence: 2,
     quote: "the unemployed numbered 5.8 million"}
statements:
  - {id: little-change, answer: "The unemployment rates for adult women and the unemployed showed little change.",
     about: [women, jobless], sentence: 3,
     quote: "The unemployment rates for adult women showed little change"}
"""
TEXT = (
    "The rate for adult women (3.1 percent) was steady.\n"
    "In all, the unemployed numbered 5.8 million.\n"
    "The unemployment rates for adult women showed little change.\n"
)


def test_a_phrase_led_by_a_stopword_yields_to_a_longer_one_at_the_next_word(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("What was the unemployment rate for adult women?")
    assert "3.1 percent" in answer.text


def test_a_phrase_led_by_a_stopword_stands_when_nothing_longer_follows(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert "5.8 million" in engine.ask("What was the number of the unemployed?").text
