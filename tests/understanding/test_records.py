"""The shortcuts that make readings, scores, spans and words cheaper to build give the same records."""

from __future__ import annotations

import dataclasses

import pytest

from factbot.understanding.analysis import Span, SpanKind, Word
from factbot.understanding.frozen import quick_init
from factbot.understanding.once import once
from factbot.understanding.reading import Reading, revised


@dataclasses.dataclass(frozen=True)
class _Plain:
    name: str
    size: int = 1
    tags: tuple[str, ...] = ()


@quick_init
@dataclasses.dataclass(frozen=True)
class _Quick:
    name: str
    size: int = 1
    tags: tuple[str, ...] = ()


def test_quick_init_builds_what_the_dataclass_builds() -> None:
    for args, kwargs in [(("a",), {}), (("a", 2), {}), ((), {"name": "a", "tags": ("x",)}), (("a",), {"size": 3})]:
        plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)  # type: ignore[arg-type]
        assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
        assert repr(quick).removeprefix("_Quick") == repr(plain).removeprefix("_Plain")
    assert _Quick("a") == _Quick(name="a") and hash(_Quick("a")) == hash(_Quick(name="a"))


def test_quick_init_still_refuses_what_the_dataclass_refuses() -> None:
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("a", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("a", name="b")  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Quick("a", 1, (), 4)  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Quick("a").size = 2  # type: ignore[misc]


def test_quick_init_is_for_plain_dataclasses_only() -> None:
    @dataclasses.dataclass(frozen=True)
    class Derived:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(Derived)


def test_the_hot_records_are_equal_to_their_fields() -> None:
    span = Span(1, 3, SpanKind.ENTITY, ("acme",))
    assert span == Span(first=1, last=3, kind=SpanKind.ENTITY, targets=("acme",), exact=True)
    assert span.indexes == frozenset({1, 2})
    assert Word("acm", "Acme", True) == Word(text="acm", surface="Acme", capitalised=True, breaks_before=False)


def test_revised_is_replace() -> None:
    reading = Reading("lookup", subjects=("acme",), measure="sales", explained=frozenset({1, 2}))
    changed = revised(reading, periods=("y2021",), cued=True)
    assert changed == dataclasses.replace(reading, periods=("y2021",), cued=True)
    assert reading.periods == ()
    with pytest.raises(TypeError):
        revised(reading, colour="red")


def test_once_computes_on_first_use_and_keeps_the_value() -> None:
    calls: list[int] = []

    class Counted:
        @once
        def value(self) -> int:
            calls.append(1)
            return 42

    counted = Counted()
    assert (counted.value, counted.value, len(calls)) == (42, 42, 1)
    assert isinstance(Counted.value, once)
