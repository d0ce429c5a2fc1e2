"""The words outside a question's spans are gathered once per question, for every measure its readings may be of."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.analysis import SpanKind, analyse
from factbot.understanding.unspanned import unspanned
from tiny import tiny_engine


def test_the_words_outside_the_spans_are_gathered_once(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path).kb
    analysis = analyse("How many widget sales did Acme really make in 2021?", kb)
    gathered = unspanned(analysis)
    assert unspanned(analysis) is gathered  # the same question: not gathered again
    in_spans = analysis.in_spans
    texts = analysis.texts
    assert gathered.outside == tuple((i, texts[i]) for i in range(len(texts)) if i not in in_spans)
    assert gathered.outside_texts == {text for _, text in gathered.outside}
    assert gathered.weighty_outside == tuple((i, t) for i, t in gathered.outside if analysis.weights[i] > 0)
    named = {i for span in analysis.spans if span.kind not in (SpanKind.MEASURE, SpanKind.CUE) for i in span.indexes}
    assert gathered.weighty_unnamed == tuple(
        (i, texts[i]) for i in range(len(texts)) if i not in named and analysis.weights[i] > 0
    )
    assert gathered.light == {texts[i] for i in range(len(texts)) if analysis.weights[i] == 0}
    assert "make" in {text for _, text in gathered.weighty_outside} and "realli" in gathered.light
    assert unspanned(analyse("Acme sales?", kb)) is not gathered
