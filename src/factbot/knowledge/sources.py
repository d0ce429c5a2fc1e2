"""Splitting a verbatim source into numbered sentences with exact offsets.

A citation is only trustworthy if `text[start:end] == quote` holds for the file
as shipped, so the splitter never rewrites text: it only finds boundaries. Each
line is a paragraph; inside a line a sentence ends at `.`, `!` or `?` (optionally
followed by a closing quote) when whitespace and a capital letter, digit or opening
quote follow. That rule is simple enough to predict, which matters more here than
handling every abbreviation (a source with "U.S. Army" would need a smarter rule).
Offsets count characters of the file as it is, decoded as UTF-8 with line endings
untouched: CRLF counts two characters and a byte-order mark one, as in
`open(path, encoding="utf-8", newline="").read()`.
"""

from __future__ import annotations

import re

from factbot.knowledge.model import Sentence

_BOM = "\ufeff"
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018A-Z0-9])")


def split_sentences(source_id: str, text: str) -> tuple[Sentence, ...]:
    """Number the sentences of `text` from 1, skipping blank lines."""
    sentences: list[Sentence] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        for start, end in _spans_in_line(line):
            sentences.append(
                Sentence(
                    source=source_id,
                    number=len(sentences) + 1,
                    text=line[start:end],
                    start=line_start + start,
                    end=line_start + end,
                )
            )
        line_start += len(line)
    return tuple(sentences)


def _spans_in_line(line: str) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for boundary in _BOUNDARY.finditer(line):
        spans.append(_trimmed(line, cursor, boundary.start() + _closing_quote_length(boundary.group())))
        cursor = boundary.end()
    spans.append(_trimmed(line, cursor, len(line)))
    return [(start, end) for start, end in spans if end > start]


def _closing_quote_length(separator: str) -> int:
    return 1 if separator[:1] in "\"'\u201d\u2019" else 0


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    """Without surrounding whitespace, CR of a CRLF, or a byte-order mark, none of which a quote holds."""
    while start < end and (line[start].isspace() or line[start] == _BOM):
        start += 1
    while end > start and (line[end - 1].isspace() or line[end - 1] == _BOM):
        end -= 1
    return start, end
