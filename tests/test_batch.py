"""Batch mode is an API: one record per input line, stable formats, errors as records."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from factbot import batch
from factbot.engine import Engine
from factbot.formats import FORMATS, RECORD_KEYS

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FACTBOT_UPDATE_GOLDEN") == "1"


def run_batch(
    engine: Engine, lines: list[bytes], kind: str, output_format: str = "jsonl", conversation: bool = False
) -> str:
    out = io.StringIO()
    batch.run(engine, batch.read_items(lines, kind), out, output_format, conversation)
    return out.getvalue()


def records_of(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("output_format", [name for name in FORMATS if name != "json"])
def test_formats_match_their_golden_files(engine: Engine, output_format: str) -> None:
    lines = (GOLDEN / "questions.jsonl").read_bytes().splitlines(keepends=True)
    produced = run_batch(engine, lines, batch.JSONL, output_format)
    golden = GOLDEN / f"answers.{ {'text': 'txt', 'jsonl': 'jsonl', 'csv': 'csv', 'markdown': 'md'}[output_format] }"
    if UPDATE:
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("count", [0, 1, 7])
def test_json_is_an_array_of_the_very_records_jsonl_streams(engine: Engine, count: int) -> None:
    """`--format json` is the same record schema as jsonl, as one JSON array (valid even when empty)."""
    lines = (GOLDEN / "questions.jsonl").read_bytes().splitlines(keepends=True)[:count]
    as_array = json.loads(run_batch(engine, lines, batch.JSONL, "json"))
    assert as_array == records_of(run_batch(engine, lines, batch.JSONL, "jsonl"))
    assert len(as_array) == count


def test_one_record_per_line_in_input_order_with_ids(engine: Engine) -> None:
    lines = (GOLDEN / "questions.jsonl").read_bytes().splitlines(keepends=True)
    results = records_of(run_batch(engine, lines, batch.JSONL))
    assert [r["id"] for r in results] == ["lookup", "computed", "unknown", "clarify", "markup", 6, 7]
    assert [r["status"] for r in results] == [
        "answered",
        "answered",
        "unknown",
        "clarify",
        "unknown",
        "error",
        "error",
    ]
    assert all(tuple(r)[: len(RECORD_KEYS)] == RECORD_KEYS for r in results)


def test_txt_input_skips_blanks_and_comments_and_numbers_lines(engine: Engine) -> None:
    lines = [b"# a comment\n", b"\n", b"How many EVs did Nissan sell in 2023?\n", b"Who founded Toyota?\n"]
    results = records_of(run_batch(engine, lines, batch.TXT))
    assert [(r["id"], r["status"]) for r in results] == [(3, "answered"), (4, "unknown")]


def test_undecodable_bytes_become_an_error_record_and_the_run_goes_on(engine: Engine) -> None:
    lines = [b"\xff\xfe Nissan \xc3\n", b"How many EVs did Nissan sell in 2023?\n"]
    results = records_of(run_batch(engine, lines, batch.TXT))
    assert results[0]["status"] == "error" and "not UTF-8" in str(results[0]["answer"])
    assert results[1]["status"] == "answered"


def test_json_that_is_not_an_object_is_an_error_record(engine: Engine) -> None:
    results = records_of(run_batch(engine, [b"[1, 2]\n", b'{"id": 9}\n'], batch.JSONL))
    assert [r["status"] for r in results] == ["error", "error"]
    assert results[1]["id"] == 9


def test_a_huge_question_is_an_error_record(engine: Engine) -> None:
    huge = json.dumps({"question": "Honda " * 200_000}).encode() + b"\n"
    [result] = records_of(run_batch(engine, [huge], batch.JSONL))
    assert result["status"] == "error"
    assert "too long" in str(result["answer"])


def test_conversation_mode_carries_context(engine: Engine) -> None:
    lines = [b"How many EVs did Nissan sell in 2023?\n", b"What about Honda?\n"]
    assert "19,000" in str(records_of(run_batch(engine, lines, batch.TXT, conversation=True))[1]["answer"])
    assert records_of(run_batch(engine, lines, batch.TXT))[1]["status"] != "answered"


def test_streaming_reads_lazily(engine: Engine) -> None:
    """Records are written before the input is exhausted (constant memory on huge files)."""
    out = io.StringIO()
    seen_before_end: list[int] = []

    def lines() -> object:
        for _ in range(3):
            seen_before_end.append(out.getvalue().count("\n"))
            yield b"How many EVs did Nissan sell in 2023?\n"

    batch.run(engine, batch.read_items(lines(), batch.TXT), out, "jsonl", False)  # type: ignore[arg-type]
    assert seen_before_end == [0, 1, 2]


def test_summary_counts_statuses() -> None:
    from collections import Counter

    assert batch.summary(Counter({"answered": 2, "unknown": 1})) == "factbot: 3 questions: 2 answered, 1 unknown"
