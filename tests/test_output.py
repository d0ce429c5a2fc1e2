"""No output loses data: refused overwrites, atomic files, full disks, closed streams, SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factbot import batch
from factbot.cli import ExitCode, main
from factbot.output import OutputRefused, atomic_output

QUESTION = "How many EVs did Nissan sell in 2023?"


def factbot(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factbot", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_output_naming_the_input_is_refused_before_truncating(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text(QUESTION + "\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(questions)
    for output in (questions, tmp_path / "link.txt", tmp_path / "." / "questions.txt"):
        assert main(["batch", str(questions), "--output", str(output)]) == ExitCode.USAGE
        assert questions.read_text(encoding="utf-8") == QUESTION + "\n"
        assert "is the input file" in capsys.readouterr().err


def test_an_interrupted_run_leaves_the_previous_output_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text((QUESTION + "\n") * 3, encoding="utf-8")
    output = tmp_path / "answers.jsonl"
    output.write_text("the good results of yesterday\n", encoding="utf-8")
    output.chmod(0o640)
    real = batch.answer_item
    calls: list[int] = []

    def interrupted_on_the_second(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "answer_item", interrupted_on_the_second)
    assert main(["batch", str(questions), "--format", "jsonl", "--output", str(output)]) == ExitCode.INTERRUPTED
    assert output.read_text(encoding="utf-8") == "the good results of yesterday\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["answers.jsonl", "questions.txt"]  # no temp file
    monkeypatch.setattr(batch, "answer_item", real)
    assert main(["batch", str(questions), "--format", "jsonl", "--output", str(output)]) == ExitCode.OK
    assert len(output.read_text(encoding="utf-8").splitlines()) == 3
    assert output.stat().st_mode & 0o777 == 0o640  # the replaced file keeps its permissions
    capsys.readouterr()


def test_atomic_output_replaces_only_when_done(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_output(target, []) as out:
        out.write("new\n")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "new\n"
    with pytest.raises(OutputRefused), atomic_output(tmp_path / "missing-folder" / "out.txt", []):
        pass


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("where", ["stdout", "--output"])
def test_a_full_disk_is_one_line_and_exit_74(tmp_path: Path, where: str) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text(QUESTION + "\n", encoding="utf-8")
    if where == "stdout":
        with open("/dev/full", "wb") as full:
            command = [sys.executable, "-m", "factbot", "ask", QUESTION]
            done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, timeout=60)
    else:
        done = factbot("batch", str(questions), "--output", "/dev/full")
    assert done.returncode == ExitCode.WRITE_FAILED == 74
    assert done.stderr.decode() == "factbot: cannot write the results: No space left on device\n"


def test_a_closed_stdout_is_one_line_and_exit_74() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factbot", "ask", QUESTION],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        timeout=60,
    )
    assert done.returncode == ExitCode.WRITE_FAILED
    assert done.stderr.decode() == "factbot: cannot write the results: standard output is closed\n"


@pytest.mark.parametrize("mode", [["--plain"], ["batch", "-"]])
def test_a_closed_stdin_is_one_line_and_exit_2(mode: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factbot", *mode],
        capture_output=True,
        preexec_fn=lambda: os.close(0),
        timeout=60,
    )
    assert done.returncode == ExitCode.USAGE
    assert done.stderr.decode() == "factbot: standard input is closed; there is nothing to read\n"


def test_sigterm_stops_like_ctrl_c_with_whole_records_and_exit_143(tmp_path: Path) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text((QUESTION + "\n") * 200_000, encoding="utf-8")
    command = [sys.executable, "-m", "factbot", "batch", str(questions), "--format", "jsonl"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    first = process.stdout.readline()  # answering has started
    time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    rest, errors = process.communicate(timeout=60)
    assert process.returncode == ExitCode.TERMINATED == 143
    assert errors.decode().strip() == "factbot: stopped by SIGTERM"
    records = [json.loads(line) for line in (first + rest).decode().splitlines()]
    assert 1 <= len(records) < 200_000 and all(record["status"] == "answered" for record in records)


def test_an_output_that_is_a_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text(QUESTION + "\n", encoding="utf-8")
    assert main(["batch", str(questions), "--output", str(tmp_path)]) == ExitCode.USAGE
    assert "is a folder" in capsys.readouterr().err
