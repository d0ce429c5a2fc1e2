""" "What is known nearby" as a compact list, for the chat's unknown answers.

The engine says what the sources give instead as running sentences ("Nissan's
electric vehicle sales in the global market in 2023: 140,000 electric vehicles.
Honda's electric vehicle sales ..."), which at 80 columns is a wall that repeats
the measure on every line. The chat shows the same facts one line each, the
measure named once above them. It finds the facts by the very sentences the
engine writes for them (`describe`), so it never invents or reorders content:
when the text is not made of those sentences, it is shown as the engine wrote it.
Headless: plain data in, plain data out.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.answering.answers import capitalised, describe, market_phrase, name_of, period_phrase, shown_value
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.results import Answer, Status


@dataclass(frozen=True)
class FigureList:
    """Figures of one measure: `heading` names it (and a market or period they share) once."""

    heading: str
    lines: tuple[str, ...]


Part = str | FigureList
"""Running text, or a list of figures."""


def nearby_parts(kb: KnowledgeBase, answer: Answer) -> tuple[Part, ...] | None:
    """The answer's text split into sentences and figure lists, or None to show it unchanged."""
    if answer.status is not Status.UNKNOWN or not answer.citations:
        return None
    found = _described_facts(kb, answer)
    if not found:
        return None
    parts: list[Part] = []
    run: list[Fact] = []
    position = 0
    for start, fact, text in found:
        between = answer.text[position:start].strip()
        if between:
            _close_run(kb, run, parts)
            parts.append(_lead(between))
        elif run and run[-1].measure != fact.measure:
            _close_run(kb, run, parts)
        run.append(fact)
        position = start + len(text)
    _close_run(kb, run, parts)
    rest = answer.text[position:].strip()
    if rest:
        parts.append(rest)
    return tuple(parts)


def _described_facts(kb: KnowledgeBase, answer: Answer) -> list[tuple[int, Fact, str]]:
    """(offset in the text, fact, its sentence) for each cited fact the text states, in text order."""
    cited = {(citation.source, citation.sentence) for citation in answer.citations}
    found = []
    taken: set[int] = set()
    for fact in kb.knowledge.facts:
        if (fact.evidence.source, fact.evidence.sentence) not in cited:
            continue
        text = describe(kb, fact)
        start = answer.text.find(text)
        if start >= 0 and start not in taken:
            taken.add(start)
            found.append((start, fact, text))
    return sorted(found, key=lambda item: item[0])


def _lead(text: str) -> str:
    """The sentence that introduces a list ends in one colon, whatever the engine put there."""
    return text.rstrip(":;,. ") + ":" if not text.endswith(".") else text


def _close_run(kb: KnowledgeBase, run: list[Fact], parts: list[Part]) -> None:
    if not run:
        return
    measure = kb.measures[run[0].measure]
    same_market = len({fact.market for fact in run}) == 1
    same_period = len({fact.period for fact in run}) == 1
    heading = measure.name
    heading += market_phrase(kb, run[0]) if same_market else ""
    heading += period_phrase(kb, run[0]) if same_period else ""
    lines = []
    for fact in run:
        where = "" if same_market else market_phrase(kb, fact)
        when = "" if same_period else period_phrase(kb, fact)
        lines.append(capitalised(f"{name_of(kb, fact.subject)}{where}{when}: {shown_value(fact, measure)}"))
    parts.append(FigureList(heading, tuple(lines)))
    run.clear()
