"""Safe YAML loading that remembers line numbers.

A broken knowledge file must be reported as `file:line: what is wrong, what to do`,
never as a traceback. PyYAML's plain `safe_load` forgets where values came from, so
we compose the node tree with the safe loader and convert it ourselves, keeping the
line of every mapping and of every key. The file is read through `files.read_bounded`
(a regular file of bounded size) and the node graph is bounded by `yamlgraph` before
it is walked, so a hostile file costs milliseconds, not a hang or gigabytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factbot.knowledge.files import MAX_YAML_BYTES, FileRefused, read_bounded
from factbot.knowledge.yamlgraph import MAX_DEPTH, NodeRefused, check_graph, scalar

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


_STR = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class KnowledgeProblem:
    """One thing wrong with the knowledge folder, located for a human to fix."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge folder cannot be used; carries every problem found."""

    def __init__(self, problems: list[KnowledgeProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class Mapping(dict[str, Any]):
    """A YAML mapping that knows its own line and the line of each key."""

    def __init__(self, path: str, line: int) -> None:
        super().__init__()
        self.path = path
        self.line = line
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list[Any]):
    """A YAML sequence that knows its own line and the line of each item."""

    def __init__(self, path: str, line: int) -> None:
        super().__init__()
        self.path = path
        self.line = line
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


def load_yaml(path: Path, shown_path: str) -> Any:
    """Parse one YAML file into Mapping/Sequence/scalars, or raise KnowledgeError."""
    try:
        text = read_bounded(path, MAX_YAML_BYTES).decode("utf-8")
    except UnicodeDecodeError as error:
        raise KnowledgeError([KnowledgeProblem(shown_path, 1, f"not UTF-8 text ({error.reason})")]) from None
    except FileRefused as error:
        raise KnowledgeError([KnowledgeProblem(shown_path, 1, f"this file {error}")]) from None
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = error.problem or "invalid YAML"
        raise KnowledgeError(
            [KnowledgeProblem(shown_path, line, f"invalid YAML: {problem} (check indentation and quoting)")]
        ) from None
    except yaml.YAMLError as error:
        raise KnowledgeError([KnowledgeProblem(shown_path, 1, f"invalid YAML: {error}")]) from None
    except RecursionError:  # the pure-Python composer (no libyaml) recurses per level
        raise KnowledgeError([KnowledgeProblem(shown_path, 1, f"nested more than {MAX_DEPTH} levels deep")]) from None
    if node is None:
        return Mapping(shown_path, 1)
    constructor = yaml.SafeLoader("")
    try:
        check_graph(node, text)
        return _convert(node, shown_path, constructor)
    except NodeRefused as error:
        raise KnowledgeError([KnowledgeProblem(shown_path, error.line, error.message)]) from None
    finally:
        constructor.dispose()  # the loader refers to itself: without this it waits for the cyclic collector


def _not_text(key: Any, node: yaml.MappingNode) -> str:
    """Why a key is no text; a number key inside `{...}` is most often the rest of a figure a comma split."""
    if isinstance(key, int) and node.flow_style:
        return (
            f"keys must be text, not the number {key}: inside {{...}} a comma ends a value, so a figure written "
            f'with one ("-33,703") must be quoted'
        )
    return "keys must be text"


def _convert(node: yaml.Node, path: str, constructor: yaml.SafeLoader) -> Any:
    """Mappings and sequences with their lines; `check_graph` has bounded the depth and the aliases."""
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = Mapping(path, line)
        for key_node, value_node in node.value:
            key = _convert(key_node, path, constructor)
            if not isinstance(key, str):
                raise KnowledgeError([KnowledgeProblem(path, key_node.start_mark.line + 1, _not_text(key, node))])
            if key in mapping:
                raise KnowledgeError(
                    [KnowledgeProblem(path, key_node.start_mark.line + 1, f"key {key!r} appears twice")]
                )
            mapping[key] = _convert(value_node, path, constructor)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping
    if isinstance(node, yaml.SequenceNode):
        sequence = Sequence(path, line)
        for item in node.value:
            sequence.append(_convert(item, path, constructor))
            sequence.item_lines.append(item.start_mark.line + 1)
        return sequence
    if node.tag == _STR:
        return node.value  # what the safe constructor makes of a string, without its bookkeeping
    return scalar(node, constructor)
