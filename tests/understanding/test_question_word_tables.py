"""A question's word texts are made once, as a tuple and a set, and every reading of every measure reads those:
the same words, in order, as the analysis holds."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.analysis import analyse
from tiny import tiny_engine


def test_the_word_tables_are_the_words_and_are_made_once(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    analysis = analyse("How many widgets did Acme sell in 2021, and Bolt?", engine.kb)
    assert analysis.texts == tuple(word.text for word in analysis.words)
    assert analysis.text_set == frozenset(analysis.texts)
    assert analysis.texts is analysis.texts and analysis.text_set is analysis.text_set
    assert {"bolt", "2021"} <= analysis.text_set


def test_each_measure_span_carries_its_texts_and_its_weighty_texts(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    analysis = analyse("What were the widget sales of Acme in 2021?", engine.kb)
    [(span, texts, weighty)] = analysis.measure_words
    assert texts == frozenset(analysis.texts[index] for index in span.indexes)
    assert weighty <= texts and weighty == {analysis.texts[i] for i in span.indexes if analysis.weights[i] > 0}
