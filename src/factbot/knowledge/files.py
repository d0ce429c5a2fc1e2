"""Reading a knowledge folder's files without ever reading outside it, blocking or exhausting memory.

A knowledge folder may come from anyone (a shared drive, a pull request, a download),
so the names it gives are untrusted. `inside` turns a name into a path under the folder
or refuses it: absolute paths, `..` and symlinks that leave the folder are refused before
anything is opened. `read_bounded` then reads only a regular file of bounded size: a FIFO
would block forever and `/dev/zero` would never end, so both are refused without reading,
and the file is opened non-blocking and checked again on its descriptor, so swapping the
file between the check and the read gains nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

MAX_YAML_BYTES = 4 * 1024 * 1024
"""A knowledge YAML file larger than this is refused: parsing costs about 40 bytes of memory per byte."""
MAX_SOURCE_BYTES = 16 * 1024 * 1024
"""A source text larger than this is refused (a long book is about 2 MB)."""

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


class FileRefused(Exception):
    """A file the loader will not read; the message says why ("is a named pipe, ..."), the caller says which."""


def inside(folder: Path, name: str) -> Path:
    """The path `name` names under `folder`, or FileRefused when it could lead outside it."""
    if not name or "\x00" in name:
        raise FileRefused("is not a file name")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise FileRefused("is an absolute path; name a file inside the knowledge folder")
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        raise FileRefused("goes up a folder with '..'; name a file inside the knowledge folder")
    return within(folder, folder / name)


def within(folder: Path, path: Path) -> Path:
    """`path` itself when it resolves (symlinks followed) to somewhere inside `folder`, else FileRefused."""
    try:
        root = folder.resolve()
        resolved = path.resolve()
    except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop (Python < 3.13)
        raise FileRefused(f"cannot be resolved ({error})") from None
    if not resolved.is_relative_to(root):
        raise FileRefused(f"leads outside the knowledge folder (to {resolved}); copy the file into the folder")
    return path


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes; else FileRefused."""
    try:
        _check_status(os.stat(path), limit)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise FileRefused(f"cannot be read: {error.strerror}") from None
    with os.fdopen(descriptor, "rb") as handle:
        size = _check_status(os.fstat(handle.fileno()), limit)  # the file opened is the file checked
        try:
            data = handle.read(size + 1)  # not read(limit): that allocates the whole limit for a small file
            if len(data) > size:  # it grew since: read on, up to just past the limit
                data += handle.read(limit + 1 - len(data))
        except OSError as error:
            raise FileRefused(f"cannot be read: {error.strerror}") from None
    if len(data) > limit:
        raise FileRefused(_too_large(len(data), limit, grew=True))
    return data


def _check_status(status: os.stat_result, limit: int) -> int:
    """The file's size, once it is known to be a regular file within the limit."""
    if not stat.S_ISREG(status.st_mode):
        raise FileRefused(f"is {_kind(status.st_mode)}, not a regular file")
    if status.st_size > limit:
        raise FileRefused(_too_large(status.st_size, limit))
    return status.st_size


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _too_large(size: int, limit: int, grew: bool = False) -> str:
    more = "more than " if grew else ""
    return f"is {more}{size / 2**20:.1f} MB, over the {limit / 2**20:.0f} MB limit; split it into smaller files"
