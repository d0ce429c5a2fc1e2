"""Batch mode: a stream of questions in, one output record per question out.

Input is read line by line as bytes and answered as it goes, so a million-line
file runs in constant memory and a bad line (invalid JSON, undecodable bytes, an
empty question) becomes an `error` record instead of stopping the run.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from factbot import formats
from factbot.engine import Engine
from factbot.results import Answer, Status, Trace
from factbot.understanding.conversation import Conversation

TXT = "txt"
JSONL = "jsonl"
PROGRESS_EVERY = 1000
SHOWN_LINE_CHARS = 200


@dataclass(frozen=True)
class Item:
    """One input line: a question to ask, or the reason it cannot be asked."""

    id: Any
    question: str
    problem: str | None = None


def read_items(lines: Iterable[bytes], kind: str) -> Iterator[Item]:
    """Questions from raw lines; `kind` is txt or jsonl (a txt line starting with '{' is read as JSON too)."""
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            shown = raw[:SHOWN_LINE_CHARS].decode("utf-8", errors="replace").rstrip("\r\n")
            yield Item(number, shown, f"line {number} is not UTF-8 text (byte {error.start})")
            continue
        stripped = line.strip()
        if kind == TXT and (not stripped or stripped.startswith("#")):
            continue
        if kind == JSONL or stripped.startswith("{"):
            if not stripped:
                continue
            yield _json_item(number, stripped)
        else:
            yield Item(number, stripped)


def _json_item(number: int, line: str) -> Item:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return Item(number, line[:SHOWN_LINE_CHARS], f"line {number} is not valid JSON: {error.msg}")
    if not isinstance(data, dict):
        return Item(number, line[:SHOWN_LINE_CHARS], f"line {number} must be a JSON object with a 'question'")
    record_id = data.get("id", number)
    question = data.get("question")
    if not isinstance(question, str):
        return Item(record_id, "", f"line {number} has no 'question' text")
    # a JSON escape can smuggle in a lone surrogate, which no output encoding accepts
    return Item(record_id, question.encode("utf-8", "replace").decode("utf-8"))


def answer_item(engine: Engine, item: Item, conversation: Conversation | None, claims: bool = False) -> Answer:
    if item.problem is not None:
        return Answer(Status.ERROR, item.problem, trace=Trace("none", 0.0, "unreadable input"))
    if not item.question.strip():
        return Answer(Status.ERROR, "The question is empty.", trace=Trace("none", 0.0, "empty question"))
    try:
        if claims:
            return engine.check(item.question)
        return engine.ask(item.question, conversation)
    except Exception as error:  # a defect must cost one record, never the rest of the run
        return Answer(Status.ERROR, f"Internal error on this line: {error!r}", trace=Trace("none", 0.0, "engine error"))


@dataclass(frozen=True)
class Writer:
    header: str
    row: Callable[[dict[str, Any]], str]
    footer: str = ""
    separator: str = ""
    """Written between two rows (a JSON array's comma)."""


WRITERS = {
    "json": Writer("[", formats.as_json_element, "\n]\n", ","),
    "jsonl": Writer("", formats.as_jsonl),
    "text": Writer("", formats.as_text),
    "csv": Writer(formats.csv_header(), formats.as_csv),
    "markdown": Writer(formats.markdown_header(), formats.as_markdown),
}


def run(
    engine: Engine,
    items: Iterable[Item],
    out: IO[str],
    output_format: str,
    one_conversation: bool,
    explain: bool = False,
    progress: IO[str] | None = None,
    claims: bool = False,
) -> Counter[str]:
    """Answer every item, writing each record as soon as it is ready; returns counts by status."""
    writer = WRITERS[output_format]
    conversation = Conversation() if one_conversation else None
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    out.write(writer.header)
    for item in items:
        answer = answer_item(engine, item, conversation, claims)
        if counts:
            out.write(writer.separator)
        counts[answer.status.value] += 1
        out.write(writer.row(formats.record(item.id, item.question, answer, explain)))
        done = sum(counts.values())
        if progress is not None and done % PROGRESS_EVERY == 0:
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.write(f"\rfactbot: {done:,} questions ({rate:,.0f}/s)")
            progress.flush()
    out.write(writer.footer)
    out.flush()
    if progress is not None and sum(counts.values()) >= PROGRESS_EVERY:
        progress.write("\n")
    return counts


def summary(counts: Counter[str]) -> str:
    total = sum(counts.values())
    parts = ", ".join(f"{counts[status.value]} {status.value}" for status in Status if counts[status.value])
    return f"factbot: {total} question{'s' if total != 1 else ''}: {parts or 'none'}"
