"""The lazy mapping the compiled-knowledge cache decodes into: values made once, on first use, and `get` of a key
it does not hold is the default, never an error."""

from __future__ import annotations

from factbot.knowledge.lazy import LazyMapping


def test_get_makes_a_held_value_once_and_defaults_for_a_missing_key() -> None:
    made: list[int] = []

    def make(source: int) -> str:
        made.append(source)
        return f"value {source}"

    mapping = LazyMapping(make, {"a": 1})
    assert mapping.get("a") == "value 1"
    assert mapping.get("a") == "value 1"
    assert made == [1]
    assert mapping.get("b") is None
    assert mapping.get("b", ()) == ()
    assert "b" not in mapping
