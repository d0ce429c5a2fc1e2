"""`factbot --plain`: readline editing and the chat's history on a terminal; a quiet filter otherwise."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factbot.chat import GREETING, PROMPT, run_chat
from factbot.engine import Engine
from factbot.userfiles import read_history

NISSAN = "How many EVs did Nissan sell in 2023?"


def scripted(lines: list[str]):  # type: ignore[no-untyped-def]
    """A `read_line` that types `lines` then presses ctrl+D."""
    pending = list(lines)

    def read_line(prompt: str) -> str:
        if not pending:
            raise EOFError
        return pending.pop(0)

    return read_line


def test_an_empty_line_does_nothing_and_quit_leaves(engine: Engine, tmp_path: Path) -> None:
    out = io.StringIO()
    history = tmp_path / "history"
    lines = ["", "   ", NISSAN, "quit", "How many EVs did Honda sell in 2023?"]
    assert run_chat(engine, io.StringIO(), out, True, history_file=history, read_line=scripted(lines)) == 0
    text = out.getvalue()
    assert text.startswith(GREETING)
    assert text.count("A: ") == 1
    assert "140,000" in text
    assert "Honda sell" not in text, "nothing is answered after quit"
    assert read_history(history) == [NISSAN], "quit and blank lines are not history"


def test_ctrl_d_leaves_on_a_fresh_line(engine: Engine) -> None:
    out = io.StringIO()
    assert run_chat(engine, io.StringIO(), out, True, read_line=scripted([NISSAN])) == 0
    assert out.getvalue().endswith("\n\n")


def test_ctrl_c_clears_the_line_and_carries_on(engine: Engine) -> None:
    calls = iter([KeyboardInterrupt(), NISSAN, EOFError()])

    def read_line(prompt: str) -> str:
        item = next(calls)
        if isinstance(item, BaseException):
            raise item
        return item

    out = io.StringIO()
    assert run_chat(engine, io.StringIO(), out, True, read_line=read_line) == 0
    assert "140,000" in out.getvalue()


def test_piped_input_is_answered_without_greeting_or_prompts(engine: Engine) -> None:
    out = io.StringIO()
    run_chat(engine, io.StringIO(f"{NISSAN}\n\nAnd Honda's?\nquit\n"), out, False)
    text = out.getvalue()
    assert GREETING not in text
    assert PROMPT not in text
    assert text.count("A: ") == 3, "a pipe has no quit word: 'quit' is a question like any other"


class Terminal:
    """`factbot --plain` on a pseudo-terminal, as a person at a keyboard would run it."""

    def __init__(self, data_home: Path) -> None:
        self.leader, follower = pty.openpty()
        environment = {**os.environ, "XDG_DATA_HOME": str(data_home), "TERM": "xterm", "NO_COLOR": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factbot", "--plain"],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=environment,
            close_fds=True,
        )
        os.close(follower)
        self.seen = b""

    def type(self, keys: bytes) -> None:
        os.write(self.leader, keys)

    def wait_for(self, text: str, times: int = 1, timeout: float = 30) -> str:
        """Read until `text` has been shown `times` times (keys typed before readline is ready may be lost)."""
        deadline = time.monotonic() + timeout
        while self.seen.count(text.encode()) < times:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{text!r} never appeared in {self.seen.decode(errors='replace')!r}")
            ready, _, _ = select.select([self.leader], [], [], remaining)
            if ready:
                try:
                    self.seen += os.read(self.leader, 4096)
                except OSError:
                    break
        return self.seen.decode(errors="replace")

    def close(self) -> int:
        code = self.process.wait(timeout=30)
        os.close(self.leader)
        return code


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_up_arrow_recalls_a_question_from_an_earlier_run(tmp_path: Path) -> None:
    """Ask, leave with ctrl+D; relaunch, press up and enter: the same question is answered again."""
    first = Terminal(tmp_path)
    first.wait_for(PROMPT)
    first.type(NISSAN.encode() + b"\r")
    first.wait_for(PROMPT, times=2)
    first.type(b"\x04")
    assert first.close() == 0
    assert (tmp_path / "factbot" / "history").read_text(encoding="utf-8") == NISSAN + "\n"

    second = Terminal(tmp_path)
    second.wait_for(PROMPT)
    second.type(b"\r")
    second.wait_for(PROMPT, times=2)  # an empty line does nothing: the prompt comes back
    second.type(b"\x1b[A\r")
    shown = second.wait_for(PROMPT, times=3)
    assert "140,000" in shown
    assert shown.count("A: ") == 1
    second.type(b"quit\r")
    assert second.close() == 0
