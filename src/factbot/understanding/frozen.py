"""`quick_init`: a frozen dataclass whose instances are made without setting each field in turn.

A frozen dataclass's `__init__` sets every field through `object.__setattr__`, a call per
field: a reading has more than twenty, a score a dozen, and one question makes dozens of
each, and of words and spans. A class of a few fields gets an `__init__` written for it, as
the dataclass's own is, that stores each argument straight into the instance's dictionary
(half the cost for five fields); a class of many fields, most left at their defaults (a
reading), gets one that fills the dictionary from the defaults and the arguments at once,
since passing thirty parameters costs more than the two updates. Everything else stays
the dataclass's own: fields, equality, hashing, `repr`, `replace`, and frozenness
(assigning a field still raises).

For classes with no `__post_init__`, no `InitVar`, no `default_factory`, no field left out of
`__init__` and no keyword-only field (checked when decorated). A wrong call still fails as the
dataclass's would: an unknown, repeated or missing argument raises `TypeError`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, Field, fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")

MAX_WRITTEN = 16
"""Up to this many fields, the `__init__` is written out for the class; beyond, the generic one is faster."""
_RESERVED = frozenset({"self", "_state"})
"""Names the written `__init__` uses itself: a field so named would shadow them."""


def quick_init(cls: type[T]) -> type[T]:
    if not is_dataclass(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for dataclasses without __post_init__")
    made = list(fields(cls))
    if any(item.default_factory is not MISSING or not item.init or item.kw_only for item in made):
        raise TypeError(f"{cls.__name__}: quick_init takes no default factory, keyword-only or left-out field")
    init = _written(made) if len(made) <= MAX_WRITTEN else _generic(cls.__name__, made)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


def _written(made: list[Field[Any]]) -> Callable[..., None]:
    """An `__init__` with the fields as its parameters, each stored into the instance's dictionary."""
    if any(item.name in _RESERVED or item.name.startswith("_default_") for item in made):
        raise TypeError(f"quick_init: a field is named as a local of the written __init__: {[i.name for i in made]}")
    parameters = [item.name if item.default is MISSING else f"{item.name}=_default_{item.name}" for item in made]
    lines = [f"def __init__(self, {', '.join(parameters)}):", "    _state = self.__dict__"]
    lines += [f"    _state[{item.name!r}] = {item.name}" for item in made]
    namespace: dict[str, Any] = {f"_default_{item.name}": item.default for item in made if item.default is not MISSING}
    exec("\n".join(lines), namespace)  # the source is made above from the class's own field names
    init: Callable[..., None] = namespace["__init__"]
    return init


def _generic(name: str, made: list[Field[Any]]) -> Callable[..., None]:
    """An `__init__` filling the instance's dictionary from the defaults, then the arguments."""
    names = tuple(item.name for item in made)
    defaults = {item.name: item.default for item in made if item.default is not MISSING}
    size = len(names)
    leading = [frozenset(names[:count]) for count in range(size + 1)]

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        state = self.__dict__
        state.update(defaults)
        if args:
            if len(args) > size or not leading[len(args)].isdisjoint(kwargs):
                raise TypeError(f"{name}() got too many or repeated arguments")
            state.update(zip(names, args, strict=False))
        state.update(kwargs)
        if len(state) != size:
            raise TypeError(f"{name}() got an unknown field or lacks a required one: {sorted(state)}")

    return __init__
