"""Splitting untrusted input into lines: any line ending, any size, UTF-16 or a BOM, in bounded memory.

Batch files and saved answers come from anywhere: Windows editors (CRLF, a BOM,
UTF-16), old Macs (CR only), generators with a bug (one 100 MB line). `read_lines`
reads a byte stream in chunks and yields its lines without their endings, so:

- `\\r\\n`, `\\r` and `\\n` each end a line;
- a UTF-8 byte-order mark at the start is dropped, and a stream that starts with a
  UTF-16 or UTF-32 byte-order mark is decoded and re-encoded as UTF-8;
- a line longer than `MAX_LINE_BYTES` is cut to `MAX_LINE_BYTES + 1` bytes (so the
  reader can tell, see `is_cut`) and the rest of it is skipped, never kept in memory.

Chunks are read with `read1` where the stream has it, so answers to a pipe that is
still being written stream out as the lines arrive.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import IO

MAX_LINE_BYTES = 1024 * 1024
"""Longer lines are cut; a question is at most 2,000 characters, a saved answer a few kilobytes."""
CHUNK_BYTES = 64 * 1024
_LINE_END = re.compile(rb"\r\n|\r|\n")
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_WIDE_CODECS = ("utf-32", "utf-32", "utf-16", "utf-16")


def is_cut(line: bytes) -> bool:
    """Whether `read_lines` cut this line because it was too long."""
    return len(line) > MAX_LINE_BYTES


def read_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of `stream`, without their endings (see the module docstring)."""
    line = bytearray()
    cut = False
    after_cr = False
    for chunk in _utf8_chunks(stream):
        if after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the \n of a \r\n split across two chunks
        after_cr = chunk.endswith(b"\r")
        start = 0
        for end in _LINE_END.finditer(chunk):
            cut = _append(line, chunk[start : end.start()], cut)
            yield bytes(line)
            line.clear()
            cut = False
            start = end.end()
        cut = _append(line, chunk[start:], cut)
    if line or cut:
        yield bytes(line)


def _append(line: bytearray, piece: bytes, cut: bool) -> bool:
    """Add `piece` to `line` up to one byte past the limit; True once the line has been cut."""
    if not cut:
        line += piece[: MAX_LINE_BYTES + 1 - len(line)]
    return cut or len(line) > MAX_LINE_BYTES


def _utf8_chunks(stream: IO[bytes]) -> Iterator[bytes]:
    read = getattr(stream, "read1", stream.read)
    first = read(CHUNK_BYTES)
    while 0 < len(first) < 4 and not first.startswith(codecs.BOM_UTF8):  # enough bytes to see a BOM
        more = read(CHUNK_BYTES)
        if not more:
            break
        first += more
    codec = next((name for bom, name in zip(_WIDE_BOMS, _WIDE_CODECS, strict=True) if first.startswith(bom)), None)
    if codec is None:
        yield first.removeprefix(codecs.BOM_UTF8)
        while chunk := read(CHUNK_BYTES):
            yield chunk
        return
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    chunk = first
    while chunk:
        yield decoder.decode(chunk).encode("utf-8")
        chunk = read(CHUNK_BYTES)
    yield decoder.decode(b"", final=True).encode("utf-8")
