"""`quick_init`: a frozen dataclass whose instances are made without setting each field in turn.

A frozen dataclass's `__init__` sets every field through `object.__setattr__`, a call per
field: a reading has more than twenty, a score a dozen, and one question makes dozens of
each. This `__init__` fills the instance's dictionary from the defaults and the arguments
at once (for a class of a few fields the generic call costs as much as it saves, so those
keep their own). Everything else stays the dataclass's own: fields, equality, hashing,
`repr`, `replace`, and frozenness (assigning a field still raises).

For classes with no `__post_init__`, no `InitVar` and no `default_factory` (checked when
decorated). A wrong call still fails: an unknown or missing field raises `TypeError`.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    if not is_dataclass(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for dataclasses without __post_init__")
    names = tuple(item.name for item in fields(cls) if item.init)
    if any(item.default_factory is not MISSING for item in fields(cls)):
        raise TypeError(f"{cls.__name__}: quick_init cannot call default factories")
    defaults = {item.name: item.default for item in fields(cls) if item.init and item.default is not MISSING}
    size = len(names)
    leading = [frozenset(names[:count]) for count in range(size + 1)]

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        state = self.__dict__
        state.update(defaults)
        if args:
            if len(args) > size or not leading[len(args)].isdisjoint(kwargs):
                raise TypeError(f"{cls.__name__}() got too many or repeated arguments")
            state.update(zip(names, args, strict=False))
        state.update(kwargs)
        if len(state) != size:
            raise TypeError(f"{cls.__name__}() got an unknown field or lacks a required one: {sorted(state)}")

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = __init__  # type: ignore[method-assign]
    return cls
