"""What a draft must not mistake for names or figures: references and sentence openers.

"(See table A-1.)" points at a table: "A-1" is neither an entity nor the figure 1. A
capitalised function word opening a sentence ("Among", "Within", "Most of") is not a
name either, even when the text never writes it in lower case. Both lists are general
English, so they hold for any document.
"""

from __future__ import annotations

import re

_LABEL = r"[A-Z]{0,2}-?\d+(?:\.\d+)?[A-Za-z]?\b"
REFERENCE = re.compile(
    rf"\b(?:[Tt]ables?|[Ff]igures?|[Ff]igs?\.|[Cc]harts?|[Ee]xhibits?|[Aa]ppendix|[Aa]ppendices|[Ss]ections?|"
    rf"[Pp]ages?|pp?\.)\s+{_LABEL}(?:\s*(?:,\s*(?:and\s+)?|and\s+|–)\s*{_LABEL})*"
)
OPENING_WORDS = frozenset(
    [
        "among",
        "amid",
        "across",
        "along",
        "within",
        "without",
        "beyond",
        "throughout",
        "toward",
        "towards",
        "upon",
        "unlike",
        "like",
        "despite",
        "during",
        "following",
        "including",
        "excluding",
        "regarding",
        "concerning",
        "see",
        "also",
        "here",
        "most",
        "many",
        "much",
        "more",
        "less",
        "fewer",
        "few",
        "several",
        "both",
        "either",
        "neither",
        "each",
        "every",
        "another",
        "other",
        "others",
        "such",
        "since",
        "until",
        "unless",
        "whereas",
        "whether",
        "overall",
        "elsewhere",
        "meanwhile",
        "nonetheless",
        "otherwise",
        "instead",
        "indeed",
        "still",
    ]
)
"""Prepositions, quantifiers and linking adverbs that open sentences and never name anything."""
LEADING_PUNCTUATION = "([\"'\u201c\u2018"


TELEPHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")
"""A telephone number ("(202) 691-6378", "202-691-5902"): contact details, never a figure of the text."""


def reference_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of references to tables, figures, charts, sections or pages, and of telephone
    numbers."""
    return [match.span() for pattern in (REFERENCE, TELEPHONE) for match in pattern.finditer(text)]


def within(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(first <= start and end <= last for first, last in spans)


def opening_offset(text: str) -> int:
    """Where the first word of a sentence starts, after an opening bracket or quote ("(See table A-1.)")."""
    return len(text) - len(text.lstrip(LEADING_PUNCTUATION))
