"""Lines of untrusted input: every ending, chunk boundaries, byte-order marks, cut lines."""

from __future__ import annotations

import codecs
import io

from hypothesis import given
from hypothesis import strategies as st

from factbot.inputlines import CHUNK_BYTES, MAX_LINE_BYTES, is_cut, read_lines


class Trickle(io.RawIOBase):
    """Hands out its bytes a few at a time, as a slow pipe does."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = data
        self.step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(len(buffer), self.step, len(self.data))
        buffer[:count] = self.data[:count]
        self.data = self.data[count:]
        return count


def lines_of(data: bytes, step: int = CHUNK_BYTES) -> list[bytes]:
    return list(read_lines(io.BufferedReader(Trickle(data, step), buffer_size=step)))


def test_crlf_split_across_two_reads_is_one_line_end() -> None:
    assert lines_of(b"one\r\ntwo\r\n", step=4) == [b"one", b"two"]
    assert lines_of(b"one\r\r\ntwo", step=4) == [b"one", b"", b"two"]


def test_a_bom_split_across_reads_is_still_found() -> None:
    assert lines_of(codecs.BOM_UTF8 + b"hello\n", step=1) == [b"hello"]
    assert lines_of("hi\nthere".encode("utf-16"), step=1) == [b"hi", b"there"]


def test_a_long_line_is_cut_one_byte_past_the_limit_and_the_next_line_survives() -> None:
    lines = lines_of(b"x" * (MAX_LINE_BYTES + 10) + b"\nnext\n")
    assert [is_cut(line) for line in lines] == [True, False]
    assert len(lines[0]) == MAX_LINE_BYTES + 1 and lines[1] == b"next"
    assert not is_cut(lines_of(b"x" * MAX_LINE_BYTES)[0])


@given(
    st.lists(st.binary(max_size=40).filter(lambda b: b"\r" not in b and b"\n" not in b), max_size=8),
    st.sampled_from([b"\n", b"\r\n", b"\r"]),
    st.integers(1, 9),
)
def test_lines_come_back_whatever_the_ending_and_the_read_size(lines: list[bytes], ending: bytes, step: int) -> None:
    data = b"".join(line + ending for line in lines)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # a byte-order mark is read as one
    assert lines_of(data, step) == lines
