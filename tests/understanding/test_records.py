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


_MANY = {f"field{number}": (int, dataclasses.field(default=number)) for number in range(20)}
_ManyPlain = dataclasses.make_dataclass(
    "_ManyPlain", [("name", str), *((k, *v) for k, v in _MANY.items())], frozen=True
)
_ManyQuick = quick_init(
    dataclasses.make_dataclass("_ManyQuick", [("name", str), *((k, *v) for k, v in _MANY.items())], frozen=True)
)


def test_a_class_of_many_fields_is_built_alike_and_refuses_alike() -> None:
    for args, kwargs in [(("a",), {}), (("a", 5, 6), {"field7": 1}), ((), {"name": "b", "field19": 0})]:
        assert dataclasses.astuple(_ManyPlain(*args, **kwargs)) == dataclasses.astuple(_ManyQuick(*args, **kwargs))
    for args, kwargs in [((), {}), (("a",), {"colour": 1}), (("a", 1), {"field0": 2}), (tuple(range(30)), {})]:
        with pytest.raises(TypeError):
            _ManyQuick(*args, **kwargs)


def test_a_few_fields_get_an_init_written_for_them() -> None:
    assert _Quick.__init__.__code__.co_varnames[:4] == ("self", "name", "size", "tags")
    assert _ManyQuick.__init__.__code__.co_varnames[:3] == ("self", "args", "kwargs")


def test_revised_refuses_a_name_that_is_no_field() -> None:
    with pytest.raises(TypeError, match="no field colour"):
        revised(Reading("lookup"), colour="red")
