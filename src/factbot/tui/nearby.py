""" "What is known nearby" as a compact list, for the chat's unknown answers.

The engine writes what the sources give instead as a sentence that ends "They give
<measure> for:" followed by one indented line per figure (`factbot.answering.nearby`).
The chat shows the sentence, then the figures as a bulleted list under the measure named
once. Nothing is invented or reordered: text not in that shape is shown as written.
Headless: plain data in, plain data out.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.knowledge.index import KnowledgeBase
from factbot.results import Answer, Status

LIST_LINE = "  "
LEAD = " They give "


@dataclass(frozen=True)
class FigureList:
    """Figures of one measure: `heading` names it once."""

    heading: str
    lines: tuple[str, ...]


Part = str | FigureList
"""Running text, or a list of figures."""


def nearby_parts(kb: KnowledgeBase, answer: Answer) -> tuple[Part, ...] | None:
    """The answer's text split into its sentence and its figure list, or None to show it unchanged."""
    del kb  # the engine's text says everything needed
    if answer.status is not Status.UNKNOWN:
        return None
    first, *rest = answer.text.split("\n")
    items = [line.strip() for line in rest if line.startswith(LIST_LINE) and line.strip()]
    if not items or not first.endswith(" for:") or LEAD not in first:
        return None
    sentence, _, heading = first.rpartition(LEAD)
    heading = heading.removesuffix(" for:")
    return (sentence.strip(), FigureList(heading, tuple(items)))
