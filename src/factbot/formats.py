"""The stable output formats of batch mode and `factbot ask --json`.

The JSONL record is an API (the eval scorer and `factbot verify --answers` read
it): keys are only ever added, never renamed. Golden-file tests guard each format.
The human formats (text, Markdown, CSV) pass every field through `safe_text`, so a
question or a source can neither drive the terminal nor forge a line; CSV cells
that a spreadsheet would run as a formula are defused as OWASP recommends.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from factbot.results import Answer
from factbot.sanitize import json_text, safe_record, safe_text

RECORD_KEYS = ("id", "question", "status", "answer", "citations", "intent", "confidence", "options", "working")
CSV_COLUMNS = ("id", "question", "status", "answer", "citations", "intent", "confidence")
FORMATS = ("text", "json", "jsonl", "csv", "markdown")
RECORD_FORMATS = ("text", "json", "jsonl")
"""What `ask` and `check` print: one record as text, pretty JSON, or one JSON line."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet runs a cell starting with one of these as a formula (OWASP: CSV injection)."""


def record(record_id: Any, question: str, answer: Answer, explain: bool = False) -> dict[str, Any]:
    """The JSON-ready record for one answered question."""
    data: dict[str, Any] = {
        "id": record_id,
        "question": question,
        "status": answer.status.value,
        "answer": answer.text,
        "citations": [
            {"source": c.source, "sentence": c.sentence, "quote": c.quote, "start": c.start, "end": c.end}
            for c in answer.citations
        ],
        "intent": answer.intent,
        "confidence": round(answer.confidence, 2),
        "options": list(answer.options),
        "working": list(answer.working),
    }
    if explain:
        trace = answer.trace
        data["trace"] = {
            "intent": trace.intent,
            "confidence": trace.confidence,
            "rule": trace.rule,
            "slots": dict(trace.slots),
            "corrections": [{"typed": typed, "read_as": meant} for typed, meant in trace.corrections],
            "score": dict(trace.parts),
            "words": [{"words": words, "read_as": role} for words, role in trace.words],
        }
    return data


def as_jsonl(data: dict[str, Any]) -> str:
    return json_text(data) + "\n"


def as_json(data: dict[str, Any]) -> str:
    """One record, indented: what `ask --format json` prints."""
    return json_text(data, indent=2) + "\n"


def as_json_element(data: dict[str, Any]) -> str:
    """One record as an element of the JSON array `batch --format json` streams."""
    return "\n  " + json_text(data)


def as_text(data: dict[str, Any]) -> str:
    """Human-readable: the answer, its working and options, then each citation.

    Every item is one line, except an answer the engine wrote over several lines, whose
    later lines are indented by two spaces: no text can make a line that starts like a
    question, an answer or a citation.
    """
    data = safe_record(data)
    lines = [f"Q: {data['question']}", f"A: {data['answer']}"]
    if data["status"] != "answered":
        lines[-1] += f"  [{data['status']}]"
    lines.extend(f"   working: {step}" for step in data["working"])
    lines.extend(f"   option: {option}" for option in data["options"])
    for citation in data["citations"]:
        lines.append(f'   [{citation["source"]} #{citation["sentence"]}] "{citation["quote"]}"')
    if "trace" in data:
        trace = data["trace"]
        slots = ", ".join(f"{key}={value}" for key, value in trace["slots"].items())
        lines.append(
            f"   explain: intent={trace['intent']} confidence={trace['confidence']} rule={trace['rule']} {slots}"
        )
        for correction in trace["corrections"]:
            lines.append(f"   explain: read '{correction['typed']}' as '{correction['read_as']}'")
        lines.extend(word_lines(trace))
    return "\n".join(lines) + "\n\n"


def word_lines(trace: dict[str, Any]) -> list[str]:
    """One line for the question's words: "'2004' period y2004; '15' figure, unused; 'share' not explained"."""
    roles = [f"'{item['words']}' {item['read_as']}" for item in trace.get("words", ())]
    return [f"   explain: words: {'; '.join(roles)}"] if roles else []


def csv_header() -> str:
    return _csv_line(CSV_COLUMNS)


def as_csv(data: dict[str, Any]) -> str:
    """One row; text made safe to show, and a leading quote on cells a spreadsheet would run as a formula."""
    raw, shown = _csv_row(data), _csv_row(safe_record(data))
    return _csv_line([csv_cell(before, after) for before, after in zip(raw, shown, strict=True)])


def _csv_row(data: dict[str, Any]) -> list[Any]:
    citations = "; ".join(f"{c['source']}#{c['sentence']}" for c in data["citations"])
    return [data["id"], data["question"], data["status"], data["answer"], citations, data["intent"], data["confidence"]]


def csv_cell(raw: Any, shown: Any) -> Any:
    """`shown`, with a leading quote when the `raw` text starts like a formula (numbers are left alone)."""
    return "'" + shown if isinstance(raw, str) and raw.startswith(FORMULA_STARTS) else shown


def _csv_line(values: Any) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def markdown_header() -> str:
    return "| id | question | status | answer | citations |\n|---|---|---|---|---|\n"


def as_markdown(data: dict[str, Any]) -> str:
    citations = "<br>".join(f"{c['source']} #{c['sentence']}: “{_cell(c['quote'])}”" for c in data["citations"])
    cells = [str(data["id"]), data["question"], data["status"], data["answer"], citations]
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |\n"


def _cell(text: str) -> str:
    return safe_text(text.replace("\n", " ")).replace("\\", "\\\\").replace("|", "\\|")
