"""The plain chat (`factbot --plain`) reads whatever arrives on stdin and answers every line it can."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

QUESTION = "How many EVs did Nissan sell in 2023?"


def factbot(*args: str, stdin: bytes, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "factbot", *args]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=120, env={**os.environ, **env})


@pytest.mark.parametrize("mode", [["--plain"], ["batch", "-"]])
def test_strict_utf8_stdin_survives_undecodable_bytes(mode: list[str]) -> None:
    lines = QUESTION.encode() + b"\n\xff\xfe Nissan \xc3\nWho is in the Toyota-led alliance?\n"
    done = factbot(*mode, stdin=lines, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "140,000" in out and "Toyota, Daihatsu, Suzuki" in out
    assert out.count("[error]") == 1 and b"Traceback" not in done.stderr
