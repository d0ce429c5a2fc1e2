"""The command line: exit codes, stdin, --version, help, diagnostics on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factbot import __version__
from factbot.cli import ExitCode, main


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"factbot {__version__}"


def test_help_lists_every_command() -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("ask", "batch", "verify", "--plain", "--knowledge"):
        assert command in done.stdout


def test_ask_prints_answer_and_citation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "How many EVs did Nissan sell in 2023?"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "140,000" in out
    assert "[automakers-alliance #25]" in out


def test_ask_unanswered_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Who founded Toyota?"]) == ExitCode.NOT_ANSWERED
    assert "[unknown]" in capsys.readouterr().out


def test_ask_json_explain(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--json", "--explain", "How many more EVs did Tesla sell than BYD in 2023?"])
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "answered"
    assert data["trace"]["intent"] == "difference"
    assert data["working"] == ["1.8 million − 1.57 million = 230,000"]


def test_ask_verify(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--verify", "How many more EVs did Tesla sell than BYD in 2023?"])
    assert "verified:" in capsys.readouterr().out


def test_batch_from_stdin() -> None:
    done = run("batch", "-", "--format", "jsonl", stdin="How many EVs did Nissan sell in 2023?\nWho founded Toyota?\n")
    assert done.returncode == 0
    statuses = [json.loads(line)["status"] for line in done.stdout.splitlines()]
    assert statuses == ["answered", "unknown"]
    assert "2 questions: 1 answered, 1 unknown" in done.stderr


def test_batch_output_file(tmp_path: Path) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("Honda EV sales 2023\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    assert main(["batch", str(questions), "--format", "csv", "--output", str(output), "--quiet"]) == 0
    assert output.read_text(encoding="utf-8").startswith("id,question,status")


def test_batch_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "/no/such/file.txt"]) == ExitCode.USAGE
    assert "cannot read" in capsys.readouterr().err


def test_bad_arguments_exit_2() -> None:
    assert run("batch", "x.txt", "--format", "xml").returncode == 2


def test_invalid_knowledge_reports_file_and_line_without_traceback(knowledge_copy: Path) -> None:
    article = knowledge_copy / "automakers-alliance.yaml"
    article.write_text(
        article.read_text(encoding="utf-8").replace("subject: honda,", "subject: hondaa,", 1), encoding="utf-8"
    )
    done = run("--knowledge", str(knowledge_copy), "ask", "Honda sales")
    assert done.returncode == ExitCode.USAGE
    assert "automakers-alliance.yaml:" in done.stderr
    assert "'hondaa' is not a known entity" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_knowledge_from_environment_variable(second_source: Path) -> None:
    done = run("ask", "How much coffee did Brazil export in 2022?", env={"FACTBOT_KNOWLEDGE": str(second_source)})
    assert "2.5 million tonnes" in done.stdout


def test_plain_chat_keeps_context() -> None:
    done = run("--plain", stdin="How many EVs did Nissan sell in 2023?\nAnd Honda's?\n")
    assert done.returncode == 0
    assert "140,000" in done.stdout and "19,000" in done.stdout


def test_verify_passes_on_shipped_knowledge() -> None:
    done = run("verify")
    assert done.returncode == 0
    assert "27/27" in done.stdout
    assert "five" in done.stdout
