"""Sentence splitting keeps exact offsets into the verbatim file."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_offsets_stay_exact_with_any_line_ending_and_a_bom(tmp_path: Path, newline: str) -> None:
    """The quote is the file's own text between start and end, read without translating line endings."""
    folder = tmp_path / "kb"
    folder.mkdir()
    text = newline.join(
        ["\ufeffWidgets in numbers", "Acme sold 5 million widgets in 2023.", "Bolt sold 2 million.", ""]
    )
    (folder / "widgets.txt").write_bytes(text.encode("utf-8"))
    (folder / "widgets.yaml").write_text(ARTICLE, encoding="utf-8")
    engine = Engine.from_folder(folder)
    raw = (folder / "widgets.txt").read_bytes().decode("utf-8")
    sentences = engine.kb.knowledge.sources["widgets"].sentences
    assert [sentence.text for sentence in sentences] == ["Widgets in numbers", *text.split(newline)[1:3]]
    assert all(raw[sentence.start : sentence.end] == sentence.text for sentence in sentences)
    [citation] = engine.ask("Acme widget sales in 2023").citations
    assert raw[citation.start : citation.end] == citation.quote == "Acme sold 5 million widgets in 2023."


ARTICLE = """\
source: {id: widgets, title: Widgets, file: widgets.txt}
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widgets, sold]}
periods:
  - {id: y2023, label: in 2023, order: 2023, aliases: ["2023"]}
facts:
  - {id: acme-2023, subject: acme, measure: widget-sales, period: y2023, value: 5 million, sentence: 2,
     quote: "Acme sold 5 million widgets in 2023"}
"""
