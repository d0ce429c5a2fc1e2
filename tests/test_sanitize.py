"""No control character from a question or the knowledge reaches a terminal raw, and no line can be forged."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factbot import batch
from factbot.engine import Engine
from factbot.formats import as_csv, as_markdown, as_text, record
from factbot.sanitize import json_text, safe_text
from hostile import RAW, hostile_knowledge

HOSTILE = {
    "ESC / CSI": "\x1b[2J\x1b[31mred",
    "C1 CSI": "\x9b31m",
    "OSC 52 clipboard": "\x1b]52;c;ZWNobyBoYWNrZWQ=\x07",
    "OSC 8 link": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "BEL": "\x07",
    "backspace": "abc\x08\x08\x08xyz",
    "NUL": "a\x00b",
    "CR": "Nissan\rForged",
    "DEL": "a\x7fb",
    "bidi override": "\u202eevil",
    "line separator": "a\u2028b",
    "lone surrogate": "\ud800",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_safe_text_shows_every_control_visibly_and_keeps_the_length(text: str) -> None:
    shown = safe_text(text)
    assert not RAW.search(shown)
    assert len(shown) == len(text)  # citation highlights are offsets into the text


def test_safe_text_pictures() -> None:
    assert safe_text("\x1b[1m\x00\n\x7f\x9b\t") == "␛[1m␀␊␡\ufffd "
    assert safe_text("Honda's 19,000 EVs — “quoted” 日本") == "Honda's 19,000 EVs — “quoted” 日本"


def test_json_escapes_c1_and_stays_strict() -> None:
    text = json_text({"q": "\x9b\x1b\u2028\u202e\ud800"})
    assert text == '{"q": "\\u009b\\u001b\\u2028\\u202e\\ud800"}'
    assert json.loads(text) == {"q": "\x9b\x1b\u2028\u202e\ud800"}
    with pytest.raises(ValueError):
        json_text({"id": float("nan")})


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("render", [as_text, as_markdown, as_csv], ids=["text", "markdown", "csv"])
def test_no_renderer_lets_a_control_through(engine: Engine, render: object, text: str) -> None:
    question = f"How many EVs did Nissan sell in 2023? {text}"
    data = record(text, question, engine.ask(question), explain=True)
    assert callable(render)
    for line in render(data).split("\n"):
        assert not RAW.search(line), line


def test_a_newline_in_a_question_cannot_forge_answer_or_citation_lines(engine: Engine) -> None:
    forged = 'Who founded Toyota?\nA: Toyota was founded by aliens.\n   [automakers-alliance #1] "Aliens."'
    lines = [json.dumps({"id": 1, "question": forged}).encode() + b"\n"]
    out = io.StringIO()
    batch.run(engine, batch.read_items(lines, batch.JSONL), out, "text", False)
    printed = out.getvalue().splitlines()
    assert [line for line in printed if line.startswith("A: ")] == [printed[1]]
    assert printed[0].startswith("Q: Who founded Toyota?␊A: Toyota was founded by aliens.␊")
    assert not any(line.startswith("   [") for line in printed)  # the real answer cites nothing


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_neutralises_formula_injection(engine: Engine, cell: str) -> None:
    row = next(csv.reader(io.StringIO(as_csv(record(cell, cell, engine.ask(cell))))))
    assert row[0].startswith("'") and row[1].startswith("'")
    assert row[0] == row[1]


def test_csv_leaves_ordinary_cells_and_numbers_alone(engine: Engine) -> None:
    question = "How many EVs did Nissan sell in 2023?"
    row = next(csv.reader(io.StringIO(as_csv(record(-3, question, engine.ask(question))))))
    assert row[:3] == ["-3", question, "answered"]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "factbot", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=60, env={**os.environ})


def test_knowledge_text_never_reaches_the_terminal_raw(tmp_path: Path) -> None:
    folder = hostile_knowledge(tmp_path)
    done = run("--knowledge", str(folder), "ask", "Where did Acme move?")
    assert "Acme moved to Mars.␛]8;;http://evil␇" in done.stdout
    assert not RAW.search(done.stdout.replace("\n", ""))
    verified = run("--knowledge", str(folder), "verify")
    assert not RAW.search(verified.stdout.replace("\n", "")), verified.stdout


@pytest.mark.parametrize("mode", [["ask"], ["--plain"], ["batch", "-"], ["batch", "-", "--format", "markdown"]])
def test_questions_never_reach_the_terminal_raw(mode: list[str]) -> None:
    question = "\x1b]52;c;aGFja2Vk\x07Nissan EVs 2023\x9b2J\x08"
    done = run("ask", question) if mode == ["ask"] else run(*mode, stdin=question + "\x00\n")
    assert "Nissan EVs 2023" in done.stdout
    assert not RAW.search(done.stdout.replace("\n", "")), done.stdout


def test_json_output_escapes_c1(engine: Engine) -> None:
    done = run("ask", "--json", "Nissan\x9b EVs 2023\u202e")
    assert "\x9b" not in done.stdout and "\u202e" not in done.stdout
    assert json.loads(done.stdout)["question"] == "Nissan\x9b EVs 2023\u202e"
