"""A filler adverb whose stem is a content word ("basically": "basic") never hides that word in a question."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
statements:
  - {id: plan, kind: plan, about: [acme], sentence: 1, quote: "Acme will build basic tools"}
  - {id: cost, kind: reason, about: [bolt], sentence: 2, quote: "Bolt says building tools costs too much"}
"""
TEXT = "Acme will build basic tools.\nBolt says building tools costs too much.\n"


def test_basic_is_a_word_of_the_question(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who is going to build the basic tools?")
    assert "Acme will build basic tools" in answer.text
