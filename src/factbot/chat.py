"""The line-by-line chat (`factbot --plain`): for screen readers, dumb terminals and pipes.

On a terminal, lines are read with `readline`: arrow keys, ctrl+r and the rest,
with the history the TUI chat keeps (one question a line in the history file), so
up-arrow recalls questions from either. An empty line does nothing; ctrl+D,
`quit` or `exit` leave; ctrl+C clears the line. When standard input is not a
terminal, every line is answered with no greeting and no prompt, as a filter.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from factbot.batch import Item, answer_item
from factbot.engine import Engine
from factbot.formats import record
from factbot.output import Terminated
from factbot.terminal import Look, look_for, render
from factbot.understanding.conversation import Conversation
from factbot.userfiles import append_history, read_history

PROMPT = "factbot> "
GREETING = "Ask about the sources ('quit' or ctrl+D to leave; 'new' starts a new conversation; ↑ recalls questions)."
QUIT_WORDS = frozenset({"quit", "exit", ":q"})
NEW_WORD = "new"
UNDECODABLE = "This line is not text in the input's encoding; nothing was asked."

ReadLine = Callable[[str], str]


def run_chat(
    engine: Engine,
    reader: IO[str],
    writer: IO[str],
    interactive: bool,
    explain: bool = False,
    history_file: Path | None = None,
    figures: re.Pattern[str] | None = None,
    read_line: ReadLine | None = None,
) -> int:
    """Answer questions until the input ends or the user leaves; context carries across turns.

    `read_line` (default: `input`, with readline) is used only when `interactive`.
    """
    conversation = Conversation()
    look = look_for(writer, os.environ) if interactive else Look()
    if interactive:
        writer.write(GREETING + "\n")
        lines = _prompted_lines(writer, history_file, read_line or _readline_input(history_file))
    else:
        lines = iter(reader.readline, "")
    turn = 0
    for line in lines:
        question = line.strip()
        if not question:
            continue
        if interactive and question.lower() in QUIT_WORDS:
            break
        if question.lower() == NEW_WORD:
            conversation.reset()
            writer.write("(new conversation)\n")
            continue
        problem = UNDECODABLE if _undecodable(question) else None
        if interactive and history_file is not None and problem is None:
            append_history(history_file, question)
        turn += 1
        answer = answer_item(engine, Item(turn, question, problem), conversation)
        writer.write(render(record(turn, question, answer, explain), look, figures))
        writer.flush()
    return 0


def _undecodable(line: str) -> bool:
    """Bytes the input's encoding could not decode arrive as surrogate escapes (`output.prepare_standard_streams`)."""
    return any("\udc80" <= char <= "\udcff" for char in line)


def _prompted_lines(writer: IO[str], history_file: Path | None, read_line: ReadLine) -> Iterator[str]:
    """Lines typed at the prompt; ctrl+D ends them on a fresh line, ctrl+C just clears the line."""
    while True:
        try:
            yield read_line(PROMPT)
        except EOFError:
            writer.write("\n")
            writer.flush()
            return
        except KeyboardInterrupt as stop:
            if isinstance(stop, Terminated):  # SIGTERM stops the chat; only ctrl+C clears the line
                raise
            writer.write("\n")
            continue


def _readline_input(history_file: Path | None) -> ReadLine:
    """`input` with readline's line editing, loaded with the shared history (when readline exists)."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input() still works
        return input
    readline.clear_history()
    if history_file is not None:
        for question in read_history(history_file):
            readline.add_history(question)
    return input
