"""Batch and `verify --answers` give one record per bad line and keep going, whatever the line holds."""

from __future__ import annotations

import codecs
import io
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from factbot import batch
from factbot.engine import Engine
from factbot.inputlines import MAX_LINE_BYTES, read_lines
from factbot.verification.saved_answers import verify_answer_lines

GOOD = b'{"id": "good", "question": "How many EVs did Nissan sell in 2023?"}'
BAD_LINES = {
    "5,000-digit id": b'{"id": ' + b"9" * 5000 + b', "question": "Nissan EVs 2023"}',
    "4,000-digit id": b'{"id": ' + b"9" * 4000 + b', "question": "Nissan EVs 2023"}',
    "nested 200,000 deep": b'{"id": 1, "question": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
    "NaN id": b'{"id": NaN, "question": "Nissan EVs 2023"}',
    "Infinity id": b'{"id": Infinity, "question": "Nissan EVs 2023"}',
    "-Infinity id": b'{"id": -Infinity, "question": "Nissan EVs 2023"}',
    "object id": b'{"id": {"a": [1, 2]}, "question": "Nissan EVs 2023"}',
    "long text id": b'{"id": "' + b"x" * 5000 + b'", "question": "Nissan EVs 2023"}',
    "NUL bytes": b'{"id": 1, "question": "Nissan\x00EVs"}',
    "not UTF-8": b'{"id": 1, "question": "\xff\xfe"}',
    "huge question": b'{"id": 2, "question": "' + b"Honda " * 100_000 + b'"}',
}


def strict(line: str) -> dict[str, object]:
    def refuse(name: str) -> object:
        raise AssertionError(f"{name} in the output: not strict JSON")

    data = json.loads(line, parse_constant=refuse)
    assert isinstance(data, dict)
    return data


def run_jsonl(engine: Engine, data: bytes, kind: str = batch.JSONL) -> list[dict[str, object]]:
    out = io.StringIO()
    batch.run(engine, batch.read_items(read_lines(io.BytesIO(data)), kind), out, "jsonl", False)
    return [strict(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("bad", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_a_bad_line_costs_one_error_record_and_the_run_goes_on(engine: Engine, bad: bytes) -> None:
    records = run_jsonl(engine, b"\n".join([GOOD, bad, GOOD]) + b"\n")
    assert [record["status"] for record in records] == ["answered", "error", "answered"]
    assert records[1]["id"] in (2, "line 2") or isinstance(records[1]["id"], int)
    assert len(json.dumps(records[1])) < 2_000  # never echoed whole
    assert records[2]["id"] == "good"


def test_a_bom_is_not_part_of_the_first_question(engine: Engine) -> None:
    records = run_jsonl(engine, codecs.BOM_UTF8 + GOOD + b"\n" + GOOD + b"\n")
    assert [record["status"] for record in records] == ["answered", "answered"]
    text = run_jsonl(engine, codecs.BOM_UTF8 + b"How many EVs did Nissan sell in 2023?\n", batch.TXT)
    assert text[0]["question"] == "How many EVs did Nissan sell in 2023?"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(engine: Engine, encoding: str) -> None:
    text = "How many EVs did Nissan sell in 2023?\r\nWho is in the Toyota-led alliance?\r\n"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    records = run_jsonl(engine, bom + text.encode(encoding), batch.TXT)
    assert [(record["id"], record["status"]) for record in records] == [(1, "answered"), (2, "answered")]


def test_utf16_without_a_bom_is_an_error_per_line_not_garbage(engine: Engine) -> None:
    records = run_jsonl(engine, "Nissan EVs 2023\nHonda EVs 2023\n".encode("utf-16-le"), batch.TXT)
    assert records and all(record["status"] == "error" for record in records)
    assert "UTF-16" in str(records[0]["answer"])


@pytest.mark.parametrize("ending", [b"\r", b"\r\n", b"\n"])
def test_any_line_ending_separates_questions(engine: Engine, ending: bytes) -> None:
    questions = [b"How many EVs did Nissan sell in 2023?", b"Who is in the Toyota-led alliance?", b"Honda EVs 2023"]
    records = run_jsonl(engine, ending.join(questions) + ending, batch.TXT)
    assert [record["id"] for record in records] == [1, 2, 3]
    assert [record["question"] for record in records] == [question.decode() for question in questions]


class Endless(io.RawIOBase):
    """A stream of one line of `size` bytes, then a good question, without ever holding the line."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.tail = b"\nHow many EVs did Nissan sell in 2023?\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.left > 0:
            count = min(len(buffer), self.left)
            buffer[:count] = b"a" * count
            self.left -= count
            return count
        count = min(len(buffer), len(self.tail))
        buffer[:count] = self.tail[:count]
        self.tail = self.tail[count:]
        return count


def test_a_100_mb_line_is_skipped_in_bounded_memory_and_not_echoed(engine: Engine) -> None:
    stream = io.BufferedReader(Endless(100 * 1024 * 1024))
    out = io.StringIO()
    tracemalloc.start()
    try:
        batch.run(engine, batch.read_items(read_lines(stream), batch.TXT), out, "jsonl", False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    records = [strict(line) for line in out.getvalue().splitlines()]
    assert [record["status"] for record in records] == ["error", "answered"]
    assert "too long" in str(records[0]["answer"])
    assert len(str(records[0]["question"])) <= 201
    assert peak < 4 * MAX_LINE_BYTES  # a few copies of one cut line, never the 100 MB


def test_verify_answers_gives_one_verdict_per_bad_line(engine: Engine) -> None:
    good = batch.formats.as_jsonl(
        batch.formats.record("good", "Nissan EVs 2023", engine.ask("How many EVs did Nissan sell in 2023?"))
    ).encode()
    working = json.loads(good)
    working["working"] = ["(" * 100_000 + "1" + ")" * 100_000 + " = 1"]
    lines = [good, *BAD_LINES.values(), json.dumps(working).encode() + b"\n", good]
    stream = io.BytesIO(codecs.BOM_UTF8 + b"\r".join(line.rstrip(b"\n") for line in lines) + b"\r")
    decoded = (line.decode("utf-8", errors="replace") for line in read_lines(stream))
    report = verify_answer_lines(engine.kb.knowledge, decoded)
    assert len(report.verdicts) == len(lines)
    assert report.verdicts[0].ok and report.verdicts[-1].ok
    assert not any(verdict.ok for verdict in report.verdicts[1:-1])
    assert all(len(verdict.id) < 300 for verdict in report.verdicts)


@pytest.mark.parametrize("command", ["batch", "verify"])
def test_the_commands_read_every_bad_line(tmp_path: Path, command: str) -> None:
    path = tmp_path / "input.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + b"\r\n".join([GOOD, *BAD_LINES.values(), GOOD]) + b"\r\n")
    if command == "batch":
        options = ["batch", str(path), "--format", "jsonl"]
    else:
        options = ["verify", "--answers", str(path), "--format", "json"]
    done = subprocess.run([sys.executable, "-m", "factbot", *options], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr
    if command == "batch":
        records = [strict(line) for line in done.stdout.splitlines()]
        assert done.returncode == 0 and len(records) == len(BAD_LINES) + 2
        assert records[0]["status"] == records[-1]["status"] == "answered"
    else:
        verdicts = strict(done.stdout)["verdicts"]
        assert done.returncode == 1 and isinstance(verdicts, list) and len(verdicts) == len(BAD_LINES) + 2
