"""Sentence splitting keeps exact offsets into the verbatim file."""

from __future__ import annotations

from factbot.engine import Engine
from factbot.knowledge.sources import split_sentences


def test_offsets_point_at_the_sentence_text() -> None:
    text = "\nFirst one. Second, with 4.1 million.\nThird line? Yes!\n"
    sentences = split_sentences("s", text)
    assert [s.text for s in sentences] == ["First one.", "Second, with 4.1 million.", "Third line?", "Yes!"]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.number for s in sentences] == [1, 2, 3, 4]


def test_a_quoted_sentence_end_stays_with_its_sentence() -> None:
    sentences = split_sentences("s", 'He said "stop." Then left.')
    assert [s.text for s in sentences] == ['He said "stop."', "Then left."]


def test_shipped_source_is_split_into_27_sentences(engine: Engine) -> None:
    source = engine.kb.knowledge.sources["automakers-alliance"]
    assert len(source.sentences) == 27
    assert all(source.text[s.start : s.end] == s.text for s in source.sentences)
