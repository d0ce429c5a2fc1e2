"""Conversations as JSON documents: what the chat saves after every answer and exports on request.

One document shape serves both, and its records are exactly `factbot ask --format
json` records (`formats.record`), so a tool that reads one reads them all:

    {"factbot": "0.1.0", "started": "2024-05-01T12:30:00", "knowledge": "/path",
     "records": [{"id": 1, "question": ..., "status": ..., "citations": [...]}, ...]}

Saved conversations live in the data folder (`UserFiles.conversations_dir`), one
file per conversation, rewritten whole (atomically) after each answer.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from factbot import __version__
from factbot.formats import record
from factbot.results import Answer

STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class SavedConversation:
    """A conversation on disk, as the reopen list shows it."""

    path: Path
    started: datetime
    questions: tuple[str, ...]

    @property
    def summary(self) -> str:
        count = len(self.questions)
        first = " ".join(self.questions[0].split()) if self.questions else "(empty)"
        return f"{self.started:%Y-%m-%d %H:%M} · {count} question{'s' if count != 1 else ''} · {first}"


def document(history: Sequence[tuple[str, Answer]], started: datetime, knowledge: Path | None) -> dict[str, Any]:
    """The JSON document of a conversation: metadata, then one record per question."""
    return {
        "factbot": __version__,
        "started": started.isoformat(timespec="seconds"),
        "knowledge": str(knowledge) if knowledge is not None else None,
        "records": [record(number, question, answer) for number, (question, answer) in enumerate(history, start=1)],
    }


def as_json(history: Sequence[tuple[str, Answer]], started: datetime, knowledge: Path | None) -> str:
    return json.dumps(document(history, started, knowledge), ensure_ascii=False, indent=2) + "\n"


def unique_path(folder: Path, stem: str, now: datetime, suffix: str) -> Path:
    """`folder/STEM-YYYYMMDD-HHMMSS.SUFFIX`, with a counter when that name is taken; never overwrites."""
    stamp = now.strftime(STAMP_FORMAT)
    prefix = f"{stem}-" if stem else ""
    path = folder / f"{prefix}{stamp}{suffix}"
    counter = 2
    while path.exists():
        path = folder / f"{prefix}{stamp}-{counter}{suffix}"
        counter += 1
    return path


def write_atomically(path: Path, text: str) -> None:
    """Write beside `path`, then rename: a crash mid-write never leaves half a conversation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def list_saved(folder: Path) -> list[SavedConversation]:
    """Saved conversations, newest first; files that are not ours (or are damaged) are skipped."""
    saved = []
    for path in folder.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            started = datetime.fromisoformat(data["started"])
            questions = tuple(str(item["question"]) for item in data["records"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        saved.append(SavedConversation(path, started, questions))
    return sorted(saved, key=lambda conversation: (conversation.started, conversation.path.name), reverse=True)
