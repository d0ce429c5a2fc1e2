"""The trace's words line is worked out only when read: an answer nobody explains does not pay for it."""

from __future__ import annotations

from factbot.results import Trace


def test_words_worked_out_once_and_only_when_read() -> None:
    calls: list[int] = []

    def words() -> tuple[tuple[str, str], ...]:
        calls.append(1)
        return (("sales", "measure sales"),)

    trace = Trace("lookup", 1.0, "rule", words_of=words)
    assert calls == []
    assert trace.words == (("sales", "measure sales"),)
    assert trace.words == (("sales", "measure sales"),)
    assert calls == [1]


def test_a_trace_without_words_reads_none() -> None:
    assert Trace("none", 0.0, "no rule").words == ()
