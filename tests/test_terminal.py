"""Colour and wrapping on a terminal; byte-for-byte `as_text` anywhere else."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from factbot.engine import Engine
from factbot.formats import as_text, record
from factbot.terminal import Look, look_for, render
from factbot.tui.highlight import figure_pattern

ANSI = re.compile(r"\x1b\[[0-9;]*m")
QUESTION = "How many more EVs did Tesla sell than BYD in 2023?"


def test_plain_look_is_exactly_as_text(engine: Engine) -> None:
    data = record(1, QUESTION, engine.ask(QUESTION))
    assert render(data, Look()) == as_text(data)


def test_wrapping_keeps_words_and_figures_whole(engine: Engine) -> None:
    data = record(1, QUESTION, engine.ask(QUESTION))
    figures = figure_pattern(engine.kb.lexicon.scale_words)
    text = render(data, Look(width=50), figures)
    lines = text.rstrip("\n").splitlines()
    assert all(len(line) <= 50 for line in lines if " " in line.strip())
    words = " ".join(line.strip() for line in lines).split()
    assert words == " ".join(as_text(data).split()).split()
    assert any("1.8 million" in line for line in lines), "a figure is never split across lines"
    answer_at = next(index for index, line in enumerate(lines) if line.startswith("A: "))
    assert lines[answer_at + 1].startswith("   "), "continuation lines are indented under the text"


def test_colour_marks_status_figures_and_citations(engine: Engine) -> None:
    data = record(1, "Who founded Toyota?", engine.ask("Who founded Toyota?"))
    text = render(data, Look(colour=True), figure_pattern(engine.kb.lexicon.scale_words))
    assert "\x1b[33m[unknown]\x1b[0m" in text
    assert ANSI.sub("", text) == as_text(data)
    answered = record(1, QUESTION, engine.ask(QUESTION))
    coloured = render(answered, Look(colour=True), figure_pattern(engine.kb.lexicon.scale_words))
    assert "\x1b[1m230,000\x1b[0m" in coloured
    assert "\x1b[34m   [automakers-alliance #25] \x1b[0m" in coloured


def test_the_look_follows_the_terminal_and_no_color(tmp_path: Path) -> None:
    with open(tmp_path / "out", "w", encoding="utf-8") as piped:
        assert look_for(piped, {}).plain
        assert look_for(piped, {"FORCE_COLOR": "1"}).colour
    leader, follower = pty.openpty()
    with os.fdopen(follower, "w") as terminal:
        assert look_for(terminal, {"TERM": "xterm"}).colour
        assert not look_for(terminal, {"TERM": "xterm", "NO_COLOR": "1"}).colour
        assert not look_for(terminal, {"TERM": "dumb"}).colour
        assert look_for(terminal, {"NO_COLOR": "1"}).width is not None
    os.close(leader)


def test_ask_on_a_real_terminal_is_coloured_and_wrapped() -> None:
    """`factbot ask` with stdout on a pseudo-terminal 60 columns wide."""
    leader, follower = pty.openpty()
    environment = {**os.environ, "COLUMNS": "60", "TERM": "xterm-256color"}
    process = subprocess.Popen(
        [sys.executable, "-m", "factbot", "ask", QUESTION], stdout=follower, stderr=subprocess.PIPE, env=environment
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8")
    assert "\x1b[" in shown
    lines = ANSI.sub("", shown).replace("\r", "").splitlines()
    assert max(len(line) for line in lines) <= 60
    assert any("230,000" in line for line in lines)
