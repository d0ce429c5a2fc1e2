"""The curation commands behind the CLI: init, sentences and draft (argument handling stays in `factbot.cli`)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from factbot.curation.draft import draft_source, slug
from factbot.curation.render import render_draft
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.sources import split_sentences


class CurationError(Exception):
    """A curation command cannot run: a message for the user, and exit code 2."""


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CurationError(f"{path} is not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise CurationError(f"cannot read {path}: {error.strerror}") from None


def list_sentences(path: Path, out: TextIO, as_json: bool) -> None:
    """The sentences as the loader numbers them, with their character offsets."""
    sentences = split_sentences(slug(path.stem), read_text(path))
    if as_json:
        for sentence in sentences:
            record = {"sentence": sentence.number, "start": sentence.start, "end": sentence.end, "text": sentence.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    width = len(str(len(sentences)))
    for sentence in sentences:
        out.write(f"{sentence.number:>{width}}  [{sentence.start}-{sentence.end}]  {sentence.text}\n")


def draft_text(path: Path, output: Path | None, source_id: str | None, title: str | None) -> str:
    """The draft YAML for the text at `path`, its `file:` relative to where the YAML will live."""
    text = read_text(path)
    folder = (output.parent if output else Path.cwd()).resolve()
    file = Path(os.path.relpath(path.resolve(), folder)).as_posix()
    if file.startswith(".."):
        file = f"sources/{path.name}"
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    name = source_id or slug(path.stem)
    draft = draft_source(name, title or first_line[:80], file, text, builtin_lexicon())
    return render_draft(draft)


def write_new(path: Path, text: str, force: bool) -> None:
    """Write a file, never over an existing one unless `force`."""
    if path.exists() and not force:
        raise CurationError(f"{path} exists; use --force to overwrite it")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CurationError(f"cannot write {path}: {error.strerror}") from None
