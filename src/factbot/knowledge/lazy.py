"""Records read from the compiled-knowledge cache only when something first asks for them.

A question reads a handful of facts, one or two sources and a few statements; decoding all
hundred thousand of each before the first answer would cost more than answering. These
containers hold each record's encoded bytes and decode it on first use, once: afterwards
the same object is returned every time, as from a tuple or a dict.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, overload

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class LazyRecords(Sequence[T]):
    """A read-only sequence of records, each decoded from its bytes on first access."""

    __slots__ = ("_decode", "_encoded", "_items")

    def __init__(self, decode: Callable[[Any], T], encoded: Sequence[Any]) -> None:
        self._decode = decode
        self._encoded = encoded
        self._items: list[T | None] = [None] * len(encoded)

    def __len__(self) -> int:
        return len(self._encoded)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return tuple(self[position] for position in range(*index.indices(len(self))))
        item = self._items[index]
        if item is None:
            item = self._items[index] = self._decode(self._encoded[index])
        return item

    def __iter__(self) -> Iterator[T]:
        for index in range(len(self)):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(mine == theirs for mine, theirs in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyRecords({len(self)} records)"


class LazyMapping(Mapping[K, V]):
    """A read-only mapping whose values are made on first access (decoded, or gathered from records)."""

    __slots__ = ("_made", "_make", "_sources")

    def __init__(self, make: Callable[[Any], V], sources: Mapping[K, Any]) -> None:
        self._make = make
        self._sources = sources
        self._made: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._make(self._sources[key])
        return made

    def get(self, key: K, default: Any = None) -> Any:
        """`Mapping.get` without its KeyError: answering looks up many keys the knowledge has no record of,
        and raising and catching an exception for each cost more than the lookup."""
        made = self._made.get(key)
        if made is not None:
            return made
        if key not in self._sources:
            return default
        return self[key]

    def __contains__(self, key: object) -> bool:
        return key in self._sources

    def __iter__(self) -> Iterator[K]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return len(self) == len(other) and all(key in other and self[key] == other[key] for key in self)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyMapping({len(self)} entries)"


def gathered(records: Sequence[T]) -> Callable[[object], tuple[T, ...]]:
    """For a LazyMapping whose sources are tuples of positions in `records`: the records at those positions."""

    def gather(positions: object) -> tuple[T, ...]:
        assert isinstance(positions, tuple)
        return tuple(records[position] for position in positions)

    return gather


@dataclass(frozen=True)
class Records:
    """Records encoded one after another in `data`; record i is `data[ends[i - 1]:ends[i]]`.

    One bytes object and one array of offsets, rather than an object per record: reading
    them back costs the same for ten records or a million.
    """

    data: bytes
    ends: bytes
    """The end offset of each record, as unsigned 64-bit integers in the machine's byte order."""

    @classmethod
    def encode(cls, records: Iterable[object], encode: Callable[[object], bytes]) -> Records:
        chunks, ends, end = [], array("Q"), 0
        for record in records:
            chunk = encode(record)
            chunks.append(chunk)
            end += len(chunk)
            ends.append(end)
        return cls(b"".join(chunks), ends.tobytes())

    def slices(self) -> Sequence[memoryview]:
        return _Slices(memoryview(self.data), memoryview(self.ends).cast("Q"))


class _Slices(Sequence[memoryview]):
    __slots__ = ("_data", "_ends")

    def __init__(self, data: memoryview, ends: memoryview) -> None:
        self._data, self._ends = data, ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> memoryview:  # type: ignore[override]
        start = self._ends[index - 1] if index > 0 else 0
        return self._data[start : self._ends[index]]
