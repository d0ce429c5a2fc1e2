"""The line-by-line chat (`factbot --plain`): for screen readers, dumb terminals and pipes."""

from __future__ import annotations

from typing import IO

from factbot.batch import Item, answer_item
from factbot.engine import Engine
from factbot.formats import as_text, record
from factbot.understanding.conversation import Conversation

PROMPT = "factbot> "
GREETING = "Ask about the sources (blank line, 'quit' or Ctrl-D to leave; 'new' starts a new conversation)."
QUIT_WORDS = frozenset({"quit", "exit", ":q"})


def run_chat(engine: Engine, reader: IO[str], writer: IO[str], interactive: bool, explain: bool = False) -> int:
    """Answer questions from `reader` until it ends; context carries across turns."""
    conversation = Conversation()
    if interactive:
        writer.write(GREETING + "\n")
    turn = 0
    while True:
        if interactive:
            writer.write(PROMPT)
            writer.flush()
        line = reader.readline()
        if not line:
            break
        question = line.strip()
        if interactive and (not question or question.lower() in QUIT_WORDS):
            break
        if not question:
            continue
        if question.lower() == "new":
            conversation.reset()
            writer.write("(new conversation)\n")
            continue
        turn += 1
        answer = answer_item(engine, Item(turn, question), conversation)
        writer.write(as_text(record(turn, question, answer, explain)))
        writer.flush()
    return 0
