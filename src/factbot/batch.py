"""Batch mode: a stream of questions in, one output record per question out.

Input is read line by line as bytes (`factbot.inputlines.read_lines`) and answered
as it goes, so a million-line file runs in constant memory, and a bad line (invalid
or hostile JSON, undecodable bytes, an unusable id, an empty or over-long question)
becomes an `error` record, echoing at most its start, instead of stopping the run.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from factbot import formats
from factbot.engine import MAX_QUESTION_CHARS, Engine
from factbot.inputlines import MAX_LINE_BYTES, is_cut
from factbot.results import Answer, Status, Trace
from factbot.understanding.conversation import Conversation

TXT = "txt"
JSONL = "jsonl"
PROGRESS_EVERY = 1000
SHOWN_LINE_CHARS = 200
MAX_ID_CHARS = 200
MAX_ID_DIGITS = 18


@dataclass(frozen=True)
class Item:
    """One input line: a question to ask, or the reason it cannot be asked."""

    id: Any
    question: str
    problem: str | None = None


def read_items(lines: Iterable[bytes], kind: str) -> Iterator[Item]:
    """Questions from raw lines (`inputlines.read_lines`); `kind` is txt or jsonl.

    A txt line starting with '{' is read as JSON too. Whatever a line holds, it yields
    one item: a question, or the reason it cannot be asked.
    """
    for number, raw in enumerate(lines, start=1):
        problem = _unreadable(raw)
        if problem is not None:
            shown = raw[:SHOWN_LINE_CHARS].decode("utf-8", errors="replace").rstrip("\r\n")
            yield Item(number, shown, f"line {number} {problem}")
            continue
        stripped = raw.decode("utf-8").rstrip("\r\n").lstrip("\ufeff").strip()
        if kind == TXT and (not stripped or stripped.startswith("#")):
            continue
        if kind == JSONL or stripped.startswith("{"):
            if not stripped:
                continue
            yield _json_item(number, stripped)
        else:
            yield _question_item(number, stripped)


def _unreadable(raw: bytes) -> str | None:
    if is_cut(raw):
        return f"is too long (more than {MAX_LINE_BYTES:,} bytes); it was skipped"
    if b"\x00" in raw:
        return "holds NUL bytes (is the file UTF-16 without a byte-order mark?)"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"is not UTF-8 text (byte {error.start})"
    return None


def _json_item(number: int, line: str) -> Item:
    try:
        data = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        return Item(number, _shown(line), f"line {number} is not valid JSON: {error.msg}")
    except (ValueError, RecursionError) as error:  # an integer of 5,000 digits, NaN, nesting 200,000 deep
        reason = "it is nested too deeply" if isinstance(error, RecursionError) else str(error).split(":")[0]
        return Item(number, _shown(line), f"line {number} is not valid JSON: {reason}")
    if not isinstance(data, dict):
        return Item(number, _shown(line), f"line {number} must be a JSON object with a 'question'")
    record_id = data.get("id", number)
    if not _usable_id(record_id):
        return Item(
            number,
            "",
            f"line {number} has an unusable 'id': give text of at most {MAX_ID_CHARS} characters or a number",
        )
    question = data.get("question")
    if not isinstance(question, str):
        return Item(record_id, "", f"line {number} has no 'question' text")
    # a JSON escape can smuggle in a lone surrogate, which no output encoding accepts
    return _question_item(record_id, question.encode("utf-8", "replace").decode("utf-8"))


def _question_item(record_id: Any, question: str) -> Item:
    """An over-long question is an error whose record echoes only its start."""
    if len(question) > MAX_QUESTION_CHARS:
        problem = f"The question is too long ({len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,})."
        return Item(record_id, _shown(question), problem)
    return Item(record_id, question)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number: the output must stay strict JSON")


def _usable_id(value: Any) -> bool:
    """Ids are echoed into every output format, so they must be short and JSON-safe."""
    if isinstance(value, str):
        return len(value) <= MAX_ID_CHARS
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return bool(abs(value) < 10**MAX_ID_DIGITS)
    return isinstance(value, float) and math.isfinite(value)


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_LINE_CHARS else text[:SHOWN_LINE_CHARS] + "…"


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
