"""Tables in a draft: each figure of a row is a candidate fact of its row label and its column header.

A text-table writes one row a line, its cells between bars ("2003 | 704.1 | 583.3 |"), under a header row
("Year | Total | Domestic |") and often a rule ("---|---|"). Each such line is a sentence of its own. Read as
prose, a row is a short line without a full stop, so a heading, and its figures would be lost. Here the row's
label (its first cell) and each figure's column header say what the figure is: when the label is a period
("2003"), the header names the subject ("Domestic") and the table one measure; otherwise the label names the
subject and the header the measure. The header and rule rows are left claim-free, with their reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factbot.knowledge.figures import figures_in
from factbot.knowledge.model import Lexicon, Sentence
from factbot.knowledge.periods import find_periods

_BAR = "|"
_RULE_CELL = re.compile(r"^:?-{2,}:?$")
_NAME_WORDS = 3
"""Words of a table's title that name its measure ("Annual Passengers on All ..." -> "annual passengers")."""
_BEFORE_NAME_ENDS = re.compile(r"\s(?:on|of|in|for|by|at|to|from|and|with|\(|,)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TableFigure:
    """One figure of a table row, with what its row and column say it is."""

    sentence: int
    cell: Cell
    label: Cell
    """The row's first cell: a period ("2003") or a name."""
    label_is_period: bool
    header: str
    """The column header over the figure ("Domestic"), "" when the table has no header row."""
    header_sentence: int
    measure_name: str
    """The table's measure, from its title ("" without one)."""


@dataclass(frozen=True)
class Table:
    figures: tuple[TableFigure, ...]
    claim_free: tuple[tuple[int, str], ...]
    """Header and rule rows, each with its reason."""

    @property
    def sentences(self) -> frozenset[int]:
        return frozenset({figure.sentence for figure in self.figures} | {number for number, _ in self.claim_free})


def cells(text: str) -> list[Cell]:
    """The cells of a table line, with their offsets; empty edge cells ("| a | b |") dropped."""
    found, start = [], 0
    for part in text.split(_BAR):
        stripped = part.strip()
        offset = start + (len(part) - len(part.lstrip()))
        found.append(Cell(stripped, offset, offset + len(stripped)))
        start += len(part) + 1
    while found and not found[-1].text:
        found.pop()
    while found and not found[0].text:
        found.pop(0)
    return found


def is_table_line(sentence: Sentence) -> bool:
    """A line of at least two cells between bars, and no more than one line (a sentence of prose holds none)."""
    return sentence.text.count(_BAR) >= 2 and "\n" not in sentence.text and len(cells(sentence.text)) >= 2


def _is_rule(row: list[Cell]) -> bool:
    return all(_RULE_CELL.match(cell.text) for cell in row)


def _has_figures(row: list[Cell], lexicon: Lexicon) -> bool:
    return any(figures_in(cell.text, lexicon) for cell in row[1:])


def read_tables(sentences: Sequence[Sentence], lexicon: Lexicon) -> Table:
    """Every table line of the text: figures of its rows, and its header and rule rows as claim-free."""
    figures: list[TableFigure] = []
    claim_free: list[tuple[int, str]] = []
    header: list[Cell] = []
    header_sentence, title = 0, ""
    previous: Sentence | None = None
    for sentence in sentences:
        if not is_table_line(sentence):
            header, previous = [], sentence
            continue
        row = cells(sentence.text)
        if _is_rule(row):
            claim_free.append((sentence.number, "table rule"))
        elif not _has_figures(row, lexicon) and not figures:
            header, header_sentence = row, sentence.number
            title = previous.text if previous is not None and not is_table_line(previous) else ""
            claim_free.append((sentence.number, "table header (cited as context of the table's figures)"))
        else:
            figures += _row_figures(sentence, row, header, header_sentence, title, lexicon)
    return Table(tuple(figures), tuple(claim_free))


def _row_figures(
    sentence: Sentence, row: list[Cell], header: list[Cell], header_sentence: int, title: str, lexicon: Lexicon
) -> list[TableFigure]:
    label = row[0]
    is_period = any(found.text == label.text for found in find_periods(label.text, lexicon.calendar))
    measure = _measure_name(title)
    found = []
    for index, cell in enumerate(row[1:], start=1):
        if not figures_in(cell.text, lexicon):
            continue
        column = header[index].text if index < len(header) else ""
        found.append(TableFigure(sentence.number, cell, label, is_period, column, header_sentence, measure))
    return found


def _measure_name(title: str) -> str:
    """The first words of a table's title, up to a preposition: "Annual Passengers on All ..." -> "annual
    passengers"."""
    if not title:
        return ""
    ended = _BEFORE_NAME_ENDS.search(f" {title} ")
    words = (title[: ended.start()] if ended else title).split()[:_NAME_WORDS]
    return " ".join(words).casefold()
