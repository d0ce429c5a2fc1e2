"""Declarative shape checks for knowledge records.

Each record kind declares its fields once; `check_fields` reports unknown keys
(with a did-you-mean), missing fields and wrong types, each at the right line.
Keeping the shape as data makes the format documentation and the checks agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import process

from factbot.knowledge.yamlfile import KnowledgeProblem, Mapping, Sequence

TEXT = "text"
NUMBER = "number"
TEXT_LIST = "list of text"
INTEGER = "whole number"
MAPPING = "mapping"
BOOLEAN = "true or false"
LIST = "list"


@dataclass(frozen=True)
class Field:
    kind: str
    required: bool = False


def check_fields(record: Any, fields: dict[str, Field], what: str, problems: list[KnowledgeProblem]) -> bool:
    """Append every shape problem of `record` to `problems`; True when it is usable."""
    if not isinstance(record, Mapping):
        path = getattr(record, "path", "?")
        line = getattr(record, "line", 1)
        problems.append(KnowledgeProblem(path, line, f"each {what} must be a mapping of fields"))
        return False
    usable = True
    for key in record:
        if key not in fields:
            problems.append(KnowledgeProblem(record.path, record.line_of(key), _unknown_key(key, fields, what)))
            usable = False
    for name, spec in fields.items():
        if name not in record:
            if spec.required:
                problems.append(
                    KnowledgeProblem(record.path, record.line, f"{what} is missing the required field {name!r}")
                )
                usable = False
            continue
        if not _has_kind(record[name], spec.kind):
            problems.append(
                KnowledgeProblem(
                    record.path,
                    record.line_of(name),
                    f"field {name!r} of {what} must be {spec.kind}, not {_describe(record[name])}",
                )
            )
            usable = False
    return usable


def _unknown_key(key: str, fields: dict[str, Field], what: str) -> str:
    guess = process.extractOne(key, list(fields), score_cutoff=70)
    hint = f"; did you mean {guess[0]!r}?" if guess else f"; allowed: {', '.join(sorted(fields))}"
    return f"unknown field {key!r} in {what}{hint}"


_KIND_CHECKS: dict[str, Callable[[Any], bool]] = {
    TEXT: lambda value: isinstance(value, str) and value.strip() != "",
    NUMBER: lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    INTEGER: lambda value: isinstance(value, int) and not isinstance(value, bool),
    TEXT_LIST: lambda value: (
        isinstance(value, Sequence) and all(isinstance(item, str) and item.strip() for item in value)
    ),
    MAPPING: lambda value: isinstance(value, Mapping),
    BOOLEAN: lambda value: isinstance(value, bool),
    LIST: lambda value: isinstance(value, Sequence),
}


def _has_kind(value: Any, kind: str) -> bool:
    if kind not in _KIND_CHECKS:
        raise ValueError(f"unknown field kind {kind}")
    return _KIND_CHECKS[kind](value)


def _describe(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, Sequence):
        odd = next((item for item in value if not isinstance(item, str) or not item.strip()), None)
        if odd is not None:
            return f"a list holding {odd!r} (quote words YAML reads as other types: yes, no, on, true, null)"
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, str) and not value.strip():
        return "blank text"
    return f"{type(value).__name__} {value!r}"


# --- the fields of each record kind ---------------------------------------------------------------------
SOURCE_FIELDS = {
    "id": Field(TEXT, True),
    "title": Field(TEXT, True),
    "file": Field(TEXT, True),
    "short_title": Field(TEXT),
    "publisher": Field(TEXT),
}
EVIDENCE_FIELDS = {"sentence": Field(INTEGER, True), "quote": Field(TEXT, True)}
NOTE_FIELDS = {"text": Field(TEXT, True), "evidence": Field(LIST, True)}
ENTITY_FIELDS = {
    "id": Field(TEXT, True),
    "name": Field(TEXT, True),
    "kind": Field(TEXT, True),
    "aliases": Field(TEXT_LIST, True),
    "members": Field(TEXT_LIST),
    "planned_members": Field(TEXT_LIST),
    "led_by": Field(TEXT),
    "is_whole": Field(BOOLEAN),
    "evidence": Field(LIST),
    "notes": Field(LIST),
    "description": Field(TEXT),
}
MEASURE_FIELDS = {
    "id": Field(TEXT, True),
    "name": Field(TEXT, True),
    "unit": Field(TEXT, True),
    "aliases": Field(TEXT_LIST, True),
    "template": Field(TEXT),
    "higher_word": Field(TEXT),
    "is_change": Field(BOOLEAN),
}
PERIOD_FIELDS = {
    "id": Field(TEXT, True),
    "label": Field(TEXT),
    "order": Field(NUMBER),
    "aliases": Field(TEXT_LIST),
    "relative_to": Field(TEXT),
    "offset": Field(INTEGER),
}
BASES = ("forecast", "estimate", "plan", "target", "reported")
FACT_FIELDS = {
    "id": Field(TEXT, True),
    "subject": Field(TEXT, True),
    "measure": Field(TEXT, True),
    "value": Field(TEXT),
    "change": Field(TEXT),
    "since": Field(TEXT),
    "basis": Field(TEXT),
    "number": Field(NUMBER),
    "period": Field(TEXT),
    "market": Field(TEXT),
    "sentence": Field(INTEGER, True),
    "quote": Field(TEXT, True),
    "note": Field(TEXT),
    "context": Field(LIST),
}
STATEMENT_FIELDS = {
    "id": Field(TEXT, True),
    "kind": Field(TEXT),
    "answer": Field(TEXT),
    "about": Field(TEXT_LIST),
    "keywords": Field(TEXT_LIST),
    "sentence": Field(INTEGER, True),
    "quote": Field(TEXT, True),
    "context": Field(LIST),
    "date": Field(TEXT),
    "place": Field(TEXT),
    "people": Field(TEXT_LIST),
}
CLAIM_FREE_FIELDS = {"sentence": Field(INTEGER, True), "reason": Field(TEXT, True)}
DEFAULT_TEMPLATE = "{owner} {measure}{market}{period}: {value}"
TEMPLATE_FIELDS = ("subject", "owner", "measure", "value", "period", "market")


def allowed_placeholders() -> str:
    return ", ".join("{" + name + "}" for name in TEMPLATE_FIELDS)
