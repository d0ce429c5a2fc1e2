"""Sentence splitting keeps exact offsets into the verbatim file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.knowledge.sources import as_read, split_sentences
from factbot.verification.findings import FAILURE
from factbot.verification.verify import verify_folder


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


def test_a_hard_wrapped_source_reads_a_line_break_inside_a_paragraph_as_a_space() -> None:
    """Paragraphs separated by blank lines: a sentence may cross a wrap, and its offsets stay on the file."""
    text = (
        "Headline of it\n\nAcme sold 5 million widgets in\n2023, the agency reported. Bolt\r\nsold 2 million."
        "\n\n\nLast one.\n"
    )
    sentences = split_sentences("s", text)
    assert [s.text for s in sentences] == [
        "Headline of it",
        "Acme sold 5 million widgets in 2023, the agency reported.",
        "Bolt sold 2 million.",
        "Last one.",
    ]
    assert all(as_read(text[s.start : s.end]) == s.text for s in sentences)
    assert text[sentences[2].start : sentences[2].end] == "Bolt\r\nsold 2 million."


def test_a_source_with_one_paragraph_per_line_keeps_each_line_apart() -> None:
    sentences = split_sentences("s", "A headline\nAcme sold 5 widgets in\n2023.\n")
    assert [s.text for s in sentences] == ["A headline", "Acme sold 5 widgets in", "2023."]


@pytest.mark.parametrize(
    "text",
    [
        "Jobs rose, the U.S. Bureau of Labor Statistics said.",
        "Exports to the U.K. Government rose.",
        "Some goods, e.g. Coffee, rose.",
        "Dr. Smith and Mr. Jones met on Jan. 5 with Gov. Brown.",
    ],
)
def test_an_initialism_or_a_title_does_not_end_a_sentence(text: str) -> None:
    assert [s.text for s in split_sentences("s", text)] == [text]


def test_a_company_suffix_still_ends_a_sentence() -> None:
    """ "Inc." ends sentences as often as it names: it keeps the plain rule, so numbering stays put."""
    sentences = split_sentences("s", "The payers were Acme Inc. The bills were large.")
    assert [s.text for s in sentences] == ["The payers were Acme Inc.", "The bills were large."]


def test_a_wrapped_sentence_is_cited_and_verified_on_the_original_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    raw = "Widgets in numbers\n\nAcme sold 5 million\nwidgets in 2023.\n"
    (folder / "widgets.txt").write_text(raw, encoding="utf-8")
    claim_free = "claim_free:\n  - {sentence: 1, reason: headline}\n"
    (folder / "widgets.yaml").write_text(ARTICLE + claim_free, encoding="utf-8")
    report = verify_folder(folder)
    assert not [finding for finding in report.findings if finding.level == FAILURE]
    [citation] = Engine.from_folder(folder).ask("Acme widget sales in 2023").citations
    assert citation.quote == "Acme sold 5 million widgets in 2023."
    assert raw[citation.start : citation.end] == "Acme sold 5 million\nwidgets in 2023."


@pytest.mark.parametrize(
    "text",
    [
        "Questions for Joyce A. Martin, the lead author.",
        "Brady E. Hamilton, Ph.D., and Lauren M. Rossen wrote it.",
        "Vital Statistics Rapid Release, Report No. 002, June 2017",
    ],
)
def test_a_middle_initial_or_a_number_sign_does_not_end_a_sentence(text: str) -> None:
    assert [s.text for s in split_sentences("s", text)] == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("We chose Plan B. The others failed.", "We chose Plan B."),
        ("It needs vitamin D. Researchers agree.", "It needs vitamin D."),
        ("Sales were up. 5 stores closed.", "Sales were up."),
    ],
)
def test_a_capital_letter_before_an_opener_or_after_a_lowercase_word_still_ends_one(text: str, first: str) -> None:
    assert split_sentences("s", text)[0].text == first
