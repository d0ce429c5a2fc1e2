"""Bounding a composed YAML node graph before anything walks it, and reading its scalars strictly.

libyaml composes a document into nodes cheaply, but what comes after does not: aliases
share nodes, so ten nested aliases of ten items each (the "billion laughs") expand to
a billion values, an alias can even contain itself, and a document 999 levels deep is
legal YAML but overflows any recursive walk. `check_graph` measures all of that on the
graph itself, each distinct node once, so a hostile file is refused in milliseconds.

Scalars are then constructed strictly: explicit tags (`!!int`, `!!python/object`, ...)
are refused, since curated knowledge never needs them and they either crash the
constructor or are silently dropped; numbers must be finite and small enough for exact
arithmetic (see `factbot.knowledge.numbers.unusable_number`).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

import yaml

from factbot.knowledge.numbers import MAX_DIGITS, unusable_number

MAX_DEPTH = 24
"""Deepest nesting accepted; the knowledge format needs about six levels."""
MAX_ALIAS_NODES = 10_000
"""How many values aliases may add beyond the ones written out."""
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})
_MAX_NUMBER_CHARS = MAX_DIGITS + 12  # signs, separators, a decimal point, an exponent
_ANCHOR = re.compile(r"&[^\s,\[\]{}]+\s*")
_TAG = re.compile(r"![^\s,\[\]{}]*")


class NodeRefused(Exception):
    """A node the loader will not accept, with the (1-based) line to report."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def check_graph(root: yaml.Node, text: str) -> None:
    """Raise NodeRefused for explicit tags, recursive aliases, too deep nesting or alias blow-up.

    An iterative post-order walk over distinct nodes: each node's expanded size and
    height are computed once from its children's, so the cost is the number of nodes
    written in the file, whatever the aliases would expand to.
    """
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, children_done = stack.pop()
        key = id(node)
        if children_done:
            children = _children(node)
            size[key] = 1 + sum(size[id(child)] for child in children)
            height[key] = 1 + max((height[id(child)] for child in children), default=0)
            visiting.discard(key)
            continue
        if key in visiting:
            raise NodeRefused(_line(node), "an alias refers to a value that contains it (a recursive alias)")
        if key in height:
            if depth - 1 + height[key] > MAX_DEPTH:
                raise NodeRefused(_line(node), f"nested more than {MAX_DEPTH} levels deep (through an alias)")
            continue
        if depth > MAX_DEPTH:
            raise NodeRefused(_line(node), f"nested more than {MAX_DEPTH} levels deep")
        _refuse_explicit_tag(node, text)
        visiting.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(_children(node)))
    if size[id(root)] > len(size) + MAX_ALIAS_NODES:
        raise NodeRefused(
            _line(root), f"aliases expand to {size[id(root)]:,} values; at most {MAX_ALIAS_NODES:,} more are allowed"
        )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _refuse_explicit_tag(node: yaml.Node, text: str) -> None:
    """A node's start mark points at its properties (anchor, tag) when it has any."""
    start = node.start_mark.index
    anchor = _ANCHOR.match(text, start) if text.startswith("&", start) else None
    position = anchor.end() if anchor else start
    tag = _TAG.match(text, position)
    if tag is not None:
        raise NodeRefused(
            _line(node),
            f"explicit YAML tags such as {tag.group()[:60]!r} are not allowed; write the value plainly (quote text)",
        )


def scalar(node: yaml.Node, constructor: yaml.SafeLoader) -> Any:
    """The Python value of a scalar node: text, a finite bounded number, true/false, a date or None."""
    line = _line(node)
    if node.tag in _NUMBER_TAGS and len(str(node.value)) > _MAX_NUMBER_CHARS:
        raise NodeRefused(line, f"number {str(node.value)[:20]}… is too long (at most {MAX_DIGITS} digits)")
    try:
        value = constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as error:
        raise NodeRefused(line, f"invalid value {str(node.value)[:40]!r}: {error}") from None
    if isinstance(value, float):
        if math.isnan(value) or (math.isinf(value) and not _writes_big_number(str(node.value))):
            raise NodeRefused(line, f"{node.value} is not a number factbot can calculate with")
        problem = "is too large" if math.isinf(value) else unusable_number(Decimal(str(value)))
        if problem:
            raise NodeRefused(line, f"number {node.value} {problem}")
    elif isinstance(value, int) and not isinstance(value, bool):
        problem = unusable_number(Decimal(value))
        if problem:
            raise NodeRefused(line, f"number {node.value} {problem}")
    return value


def _writes_big_number(text: str) -> bool:
    """ "1.0e400" overflows to infinity but was written as a number, unlike ".inf"."""
    return any(char.isdigit() for char in text)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1
