"""What proves a compiled-knowledge cache file current: the knowledge files' stamps and content.

Hashing every file of a large folder on each start would cost as much as the cache saves, so a
cache file records each file's size, times and inode (a `Stamp`) next to the digest of their
content: unchanged stamps prove unchanged content, and only changed (or racy) stamps send the
files to be hashed again. The digest of the code that compiles knowledge is part of the key too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factbot.knowledge.files import MAX_SOURCE_BYTES, MAX_YAML_BYTES, FileRefused, read_bounded
from factbot.knowledge.model import Knowledge


@dataclass(frozen=True)
class Stamp:
    """What a knowledge file looked like when its content was hashed."""

    path: str
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


RACY_NS = 2_000_000_000
"""File systems keep modification times in coarse ticks: a file changed within a tick of being
stamped can keep its stamp (same size, same time). Such a stamp proves nothing; its content is
hashed instead (git's "racy clean" rule)."""


def racy(written_ns: int) -> Callable[[Stamp], bool]:
    """Whether a stamp taken this close to `written_ns` may hide a change."""
    return lambda stamp: stamp.mtime_ns + RACY_NS >= written_ns or stamp.ctime_ns + RACY_NS >= written_ns


def source_texts(knowledge: Knowledge) -> list[Path]:
    """The source texts the knowledge quotes, each once."""
    return sorted({Path(source.path) for source in knowledge.sources.values()})


def yaml_files(folder: Path) -> list[Path]:
    """The folder's YAML files, in the loader's order (lexicon.yaml among them)."""
    try:
        names = sorted(name for name in os.listdir(folder) if name.endswith(".yaml"))
    except OSError:
        return []
    return [folder / name for name in names]


def content_digest(paths: list[Path]) -> str:
    """SHA-256 of the files' names and bytes, in order; a missing file digests as missing.

    Read as the loader reads (`files.read_bounded`): a file swapped for a FIFO or a link to
    /dev/zero since the cache was written must not hang or exhaust memory here; it digests
    as refused, so the folder is compiled again and the loader reports it with `file:line`.
    """
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        try:
            content = read_bounded(path, max(MAX_YAML_BYTES, MAX_SOURCE_BYTES))
        except FileRefused:
            digest.update(b"refused\0")
            continue
        digest.update(len(content).to_bytes(8, "big") + content)
    return digest.hexdigest()


def unchanged(stamp: Stamp) -> bool:
    """Whether the file still has the size, times and inode it had when stamped."""
    try:
        status = os.stat(stamp.path)
    except OSError:
        return False
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino) == (
        stamp.size,
        stamp.mtime_ns,
        stamp.ctime_ns,
        stamp.inode,
    )


def stamp_of(path: Path) -> Stamp | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return Stamp(str(path), status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


_CODE_DIGEST: list[str] = []


def code_digest() -> str:
    """A digest of the code and data that compile knowledge: what changes them changes the cache key."""
    if not _CODE_DIGEST:
        package = Path(__file__).parent
        digest = hashlib.sha256()
        for path in sorted([*package.glob("*.py"), *package.glob("*.yaml")]):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _CODE_DIGEST.append(digest.hexdigest())
    return _CODE_DIGEST[0]
