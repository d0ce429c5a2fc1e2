"""Splitting a verbatim source into numbered sentences with exact offsets.

A citation is only trustworthy if it points at the file as shipped, so the splitter
never rewrites the file: it only finds boundaries. A paragraph is a line, or, in a
source that separates paragraphs by blank lines, a run of non-blank lines: there a
single line break (with the spaces around it) reads as one space, because hard-wrapped
text breaks lines mid-sentence. `as_read` is that reading, so
`as_read(text[start:end]) == sentence.text` holds for every sentence, and the two
are equal for a source with one paragraph per line.

Inside a paragraph a sentence ends at `.`, `!` or `?` (optionally followed by a
closing quote) when whitespace and a capital letter, digit or opening quote follow,
unless the period closes an initialism ("U.S.", "e.g.") or a title or month
abbreviation that never ends a sentence ("Dr.", "Jan."), a middle initial between
names ("Joyce A. Martin": one capital letter after a capitalised word, before a capitalised
word that is no common sentence opener such as "The"), or a number sign before its digits
("Report No. 2"). Company suffixes ("Inc.", "Corp.") often do end one, so they still end a
sentence. The list is fixed here, not
in a folder's lexicon, so a lexicon can never renumber a source's sentences.
Offsets count characters of the file as it is, decoded as UTF-8 with line endings
untouched: CRLF counts two characters and a byte-order mark one, as in
`open(path, encoding="utf-8", newline="").read()`.
"""

from __future__ import annotations

import re

from factbot.knowledge.model import Sentence

_BOM = "\ufeff"
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018A-Z0-9])")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_BLANK_LINE = re.compile(r"\S[ \t]*\n(?:[ \t]*\n)+[ \t]*\S")
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Rev|Capt|Lt|Col|Sgt|vs|approx|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_ABBREVIATION_BEFORE = re.compile(rf"(?:(?<![\w.])(?:[^\W\d_]\.){{2,}}|(?<![\w.])(?:{_ABBREVIATIONS})\.)$")
_LOOK_BACK = 24
_INITIAL_BEFORE = re.compile(r"(?:^|(?<![\w.])[A-Z][\w'\u2019-]*\s+|(?<![\w.])[A-Z]\.\s*)[A-Z]\.$")
_NAME_AFTER = re.compile(r"[A-Z][a-z'\u2019-]+\b")
_NUMBER_SIGN_BEFORE = re.compile(r"(?<![\w.])(?:No|Nos|Vol|Fig|Figs|Sec|Art|Ch|Eq|pp)\.$")
_OPENER_WORDS = (
    "A An And As At But By For From He Her His How I If In It Its Many Most No Of On One Our She Since So "
    "Some That The Their Then There These They This Those To We What When Where While Who Why With Yet You"
)
_OPENERS = frozenset(_OPENER_WORDS.split())
"""Capitalised words that usually open a sentence rather than continue a name after an initial."""


def as_read(raw: str) -> str:
    """A stretch of a source as its sentences read it: a line break and the spaces around it are one space."""
    return _LINE_BREAK.sub(" ", raw)


def is_wrapped(text: str) -> bool:
    """Whether the source separates paragraphs by blank lines (so its other line breaks are wraps)."""
    return _BLANK_LINE.search(text.replace("\r\n", "\n").replace("\r", "\n")) is not None


def split_sentences(source_id: str, text: str) -> tuple[Sentence, ...]:
    """Number the sentences of `text` from 1, skipping blank lines."""
    sentences: list[Sentence] = []
    for paragraph_start, raw in _paragraphs(text):
        read, positions = _read_with_positions(raw)
        for start, end in _spans_in_paragraph(read):
            sentences.append(
                Sentence(
                    source=source_id,
                    number=len(sentences) + 1,
                    text=read[start:end],
                    start=paragraph_start + positions[start],
                    end=paragraph_start + positions[end - 1] + 1,
                )
            )
    return tuple(sentences)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph: each line, or each run of non-blank lines in a wrapped source."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line))
        offset += len(line)
    if not is_wrapped(text):
        return lines
    paragraphs: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []
    for start, line in [*lines, (offset, "")]:
        if line.strip(" \t\r\n" + _BOM):
            current.append((start, line))
        elif current:
            paragraphs.append((current[0][0], "".join(part for _, part in current).rstrip("\r\n")))
            current = []
    return paragraphs


def _read_with_positions(raw: str) -> tuple[str, list[int]]:
    """`as_read(raw)`, with the offset in `raw` of each of its characters (a joining space maps to its break)."""
    read: list[str] = []
    positions: list[int] = []
    cursor = 0
    for match in _LINE_BREAK.finditer(raw):
        read.append(raw[cursor : match.start()])
        positions.extend(range(cursor, match.start()))
        read.append(" ")
        positions.append(match.start())
        cursor = match.end()
    read.append(raw[cursor:])
    positions.extend(range(cursor, len(raw)))
    return "".join(read), positions


def _spans_in_paragraph(paragraph: str) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for boundary in _BOUNDARY.finditer(paragraph):
        if _closes_abbreviation(paragraph, boundary):
            continue
        spans.append(_trimmed(paragraph, cursor, boundary.start() + _closing_quote_length(boundary.group())))
        cursor = boundary.end()
    spans.append(_trimmed(paragraph, cursor, len(paragraph)))
    return [(start, end) for start, end in spans if end > start]


def _closes_abbreviation(paragraph: str, boundary: re.Match[str]) -> bool:
    """A period right after an initialism or an abbreviation, not followed by a closing quote."""
    if _closing_quote_length(boundary.group()) or paragraph[boundary.start() - 1] != ".":
        return False
    window_start = max(0, boundary.start() - _LOOK_BACK)
    if _ABBREVIATION_BEFORE.search(paragraph, window_start, boundary.start()) is not None:
        return True
    after = paragraph[boundary.end() :]
    if after[:1].isdigit():
        return _NUMBER_SIGN_BEFORE.search(paragraph, window_start, boundary.start()) is not None
    name = _NAME_AFTER.match(after)
    return (
        name is not None
        and name.group() not in _OPENERS
        and _INITIAL_BEFORE.search(paragraph, window_start, boundary.start()) is not None
    )


def _closing_quote_length(separator: str) -> int:
    return 1 if separator[:1] in "\"'\u201d\u2019" else 0


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    """Without surrounding whitespace, CR of a CRLF, or a byte-order mark, none of which a quote holds."""
    while start < end and (line[start].isspace() or line[start] == _BOM):
        start += 1
    while end > start and (line[end - 1].isspace() or line[end - 1] == _BOM):
        end -= 1
    return start, end
