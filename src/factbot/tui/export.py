"""The conversation as a Markdown document: what `export` writes.

Headless and pure (the caller supplies the time and the history) so the format is
testable without a terminal. Questions and sentences are written as they are, with
control characters made visible (the file is as likely to be `cat` as opened);
quotes become Markdown block quotes so a sentence can never break the layout.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from factbot.conversations import unique_path
from factbot.knowledge.index import KnowledgeBase
from factbot.results import Answer
from factbot.sanitize import safe_text

FILE_STEM = "factbot-conversation"


def export_path(folder: Path, now: datetime, suffix: str = ".md") -> Path:
    """A new file name in `folder` for a conversation exported at `now`; never overwrites."""
    return unique_path(folder, FILE_STEM, now, suffix)


def export_folders() -> list[Path]:
    """Where an export may go, in order: the working directory, home, the temporary folder.

    The working directory can have been deleted (or be read-only) by the time the user
    exports; the conversation must still be saved somewhere.
    """
    folders: list[Path] = []
    for folder in (Path.cwd, Path.home):
        with contextlib.suppress(OSError, RuntimeError):  # a deleted cwd; no home directory
            folders.append(folder())
    folders.append(Path(tempfile.gettempdir()))
    return list(dict.fromkeys(folders))


def save_export(
    text: str, now: datetime, folders: Iterable[Path], suffix: str = ".md"
) -> tuple[Path | None, list[str]]:
    """Write `text` as a new file in the first folder that takes it; (path or None, why each folder failed)."""
    failures: list[str] = []
    for folder in folders:
        path = export_path(folder, now, suffix)
        try:
            with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
                handle.write(text)
        except OSError as error:
            if not isinstance(error, FileExistsError):
                with contextlib.suppress(OSError):
                    path.unlink()  # a half-written file (disk full) is no export
            failures.append(f"{folder}: {error.strerror}")
            continue
        return path, failures
    return None, failures


def conversation_markdown(history: Sequence[tuple[str, Answer]], kb: KnowledgeBase, now: datetime) -> str:
    """Every question with its answer, status, working and quoted citations."""
    lines = ["# factbot conversation", "", f"Exported {now:%Y-%m-%d %H:%M:%S}.", ""]
    for number, (question, answer) in enumerate(history, start=1):
        status = answer.status.value
        lines.extend([f"## {number}. {_one_line(question)}", "", f"*{status}*", "", _one_line(answer.text), ""])
        if answer.working:
            lines.extend(f"- working: {_one_line(step)}" for step in answer.working)
            lines.append("")
        if answer.options:
            lines.extend(f"- option: {_one_line(option)}" for option in answer.options)
            lines.append("")
        for citation in answer.citations:
            source = kb.knowledge.sources.get(citation.source)
            title = source.title if source is not None else citation.source
            quote, title = _one_line(citation.quote), _one_line(title)
            lines.extend([f"> {quote}", ">", f"> — {title}, sentence {citation.sentence}", ""])
    return "\n".join(lines).rstrip("\n") + "\n"


def _one_line(text: str) -> str:
    return safe_text(" ".join(text.split()))
