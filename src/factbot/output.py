"""Writing results so that no failure loses data: atomic files, refused overwrites, clean stops.

- `atomic_output` writes to a temporary file beside the target and renames it into
  place only when every record is written, so a full disk, a crash or Ctrl-C never
  leaves a half-written file where a good one stood; it refuses, before anything is
  opened for writing, an output that is one of the inputs (`--output questions.txt`
  used to empty the questions and exit 0).
- `stop_on_sigterm` makes SIGTERM stop the run the way Ctrl-C does (whole records,
  a message, its own exit code) instead of killing it mid-write.
- `ClosedStream` stands in for a standard stream the process was started without,
  so the first write fails as an ordinary OSError with a clear message.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO


class OutputRefused(Exception):
    """The output cannot be used; nothing has been written or truncated."""


class Terminated(KeyboardInterrupt):
    """The process received SIGTERM; handled like Ctrl-C, reported with its own exit code."""


def stop_on_sigterm() -> None:
    """From now on, SIGTERM raises `Terminated` in the main thread, at a point between two records."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated

    with contextlib.suppress(ValueError):  # only the main thread may set handlers (tests call main elsewhere)
        signal.signal(signal.SIGTERM, handler)


def refuse_same_file(output: Path, inputs: Sequence[str]) -> None:
    """OutputRefused when `output` is (a link to) one of `inputs`; "-" (stdin) never is."""
    if not output.exists():
        return
    for name in inputs:
        if name == "-":
            continue
        with contextlib.suppress(OSError):
            if os.path.samefile(name, output):
                raise OutputRefused(f"--output {output} is the input file {name}; write the results elsewhere")


@contextlib.contextmanager
def atomic_output(output: Path, inputs: Sequence[str]) -> Iterator[IO[str]]:
    """A text stream whose content replaces `output` only if the block completes.

    A device or pipe (`/dev/stdout`, `/dev/full`, a FIFO) cannot be replaced by a
    rename, so it is written directly. Raises OutputRefused before writing anything
    when the output is an input or its folder cannot take a new file.
    """
    refuse_same_file(output, inputs)
    if output.is_dir():
        raise OutputRefused(f"--output {output} is a folder; name a file")
    if output.exists() and not output.is_file():
        try:
            direct = output.open("w", encoding="utf-8")
        except OSError as error:
            raise OutputRefused(f"cannot write {output}: {error.strerror}") from None
        with direct:
            yield direct
        return
    try:
        descriptor, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".part")
    except OSError as error:
        raise OutputRefused(f"cannot write {output}: {error.strerror}") from None
    os.chmod(temporary, _mode_for(output))
    handle = os.fdopen(descriptor, "w", encoding="utf-8")
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(temporary, output)
    except BaseException:
        with contextlib.suppress(OSError):
            handle.close()
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(output: Path) -> int:
    """The existing file's permissions, else what a newly created file would get."""
    try:
        return stat.S_IMODE(output.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class ClosedStream(io.TextIOBase):
    """A standard stream the process was started without (`factbot ask ... >&-`)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.stream_name = name

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"{self.stream_name} is closed")

    def isatty(self) -> bool:
        return False


def silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        if devnull != 1:  # fd 1 was closed, so /dev/null took its number
            os.dup2(devnull, 1)
            os.close(devnull)


def prepare_standard_streams() -> None:
    """Standard streams that never raise a traceback: replaced where missing, lenient where they decode.

    Output replaces what the terminal's encoding cannot show; input keeps undecodable
    bytes as surrogate escapes (even under PYTHONIOENCODING=utf-8:strict), so the chat
    can answer that one line with an error and go on.
    """
    if sys.stdout is None:
        sys.stdout = ClosedStream("standard output")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="surrogateescape")
