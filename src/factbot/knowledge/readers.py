"""Reading each kind of curated record (entity, measure, period, fact, statement) from YAML.

Each reader checks what can be checked on the record alone (its quote is verbatim
in its sentence, its value is written in its quote) and remembers references, so
`factbot.knowledge.loader` can resolve them once every file is read, in any order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from string import Formatter
from typing import Any

from factbot.knowledge.model import ClaimFree, Entity, Evidence, Fact, Measure, Note, Period, Source, Statement
from factbot.knowledge.numbers import parse_quantity
from factbot.knowledge.schema import BOOLEAN, INTEGER, LIST, NUMBER, TEXT, TEXT_LIST, Field, check_fields
from factbot.knowledge.yamlfile import KnowledgeProblem, Mapping

SOURCE_FIELDS = {"id": Field(TEXT, True), "title": Field(TEXT, True), "file": Field(TEXT, True)}
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
    "evidence": Field(LIST),
    "notes": Field(LIST),
}
MEASURE_FIELDS = {
    "id": Field(TEXT, True),
    "name": Field(TEXT, True),
    "unit": Field(TEXT, True),
    "aliases": Field(TEXT_LIST, True),
    "template": Field(TEXT),
    "higher_word": Field(TEXT),
    "lower_word": Field(TEXT),
    "is_change": Field(BOOLEAN),
}
PERIOD_FIELDS = {
    "id": Field(TEXT, True),
    "label": Field(TEXT, True),
    "order": Field(NUMBER, True),
    "aliases": Field(TEXT_LIST),
}
FACT_FIELDS = {
    "id": Field(TEXT, True),
    "subject": Field(TEXT, True),
    "measure": Field(TEXT, True),
    "value": Field(TEXT, True),
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
    "kind": Field(TEXT, True),
    "answer": Field(TEXT, True),
    "about": Field(TEXT_LIST, True),
    "keywords": Field(TEXT_LIST, True),
    "sentence": Field(INTEGER, True),
    "quote": Field(TEXT, True),
}
CLAIM_FREE_FIELDS = {"sentence": Field(INTEGER, True), "reason": Field(TEXT, True)}
DEFAULT_TEMPLATE = "{owner} {measure}{market}{period}: {value}"
TEMPLATE_FIELDS = ("subject", "owner", "measure", "value", "period", "market")


@dataclass
class Collected:
    """Records gathered across files, with the line each id was declared on."""

    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    periods: dict[str, Period] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claim_free: list[ClaimFree] = field(default_factory=list)
    declared: dict[str, tuple[str, int]] = field(default_factory=dict)
    scale_words: dict[str, Decimal] = field(default_factory=dict)
    references: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    unusable: set[str] = field(default_factory=set)


def declare(record_id: str, record: Mapping, collected: Collected, problems: list[KnowledgeProblem]) -> bool:
    if record_id in collected.declared:
        path, line = collected.declared[record_id]
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of("id"),
                f"duplicate id {record_id!r}, already used at {path}:{line}; ids must be unique",
            )
        )
        return False
    collected.declared[record_id] = (record.path, record.line_of("id"))
    return True


def origin_of(record: Mapping) -> str:
    """`path:line` of a record, so later checks (factbot verify) can point at it."""
    return f"{record.path}:{record.line}"


def refer(collected: Collected, record: Mapping, key: str, target: str, value: str) -> None:
    """Remember a reference to check once every file is read (records may come in any order)."""
    collected.references.append((record.path, key, record.line_of(key), target, value))


def evidence_of(record: Mapping, source: Source, problems: list[KnowledgeProblem]) -> Evidence | None:
    number, quote = record["sentence"], record["quote"]
    sentence = source.sentence(number)
    line = record.line_of("quote")
    if sentence is None:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of("sentence"),
                f"sentence {number} does not exist: {source.id} has {len(source.sentences)} sentences",
            )
        )
        return None
    if quote not in sentence.text:
        elsewhere = [other.number for other in source.sentences if quote in other.text]
        hint = f"; it is in sentence {elsewhere[0]}" if elsewhere else "; copy the words exactly from the source"
        problems.append(
            KnowledgeProblem(
                record.path, line, f"quote is not verbatim in sentence {number} of {source.id}: {quote!r}{hint}"
            )
        )
        return None
    return Evidence(source.id, number, quote)


def evidence_list(records: Any, source: Source, problems: list[KnowledgeProblem]) -> tuple[Evidence, ...]:
    found = []
    for record in records or ():
        if check_fields(record, EVIDENCE_FIELDS, "evidence", problems):
            evidence = evidence_of(record, source, problems)
            if evidence is not None:
                found.append(evidence)
    return tuple(found)


def read_entity(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if not declare(record["id"], record, collected, problems):
        return
    for key in ("members", "planned_members"):
        for member in record.get(key, ()):
            refer(collected, record, key, "entity", member)
    if "led_by" in record:
        refer(collected, record, "led_by", "entity", record["led_by"])
    notes = []
    for note in record.get("notes", ()):
        if check_fields(note, NOTE_FIELDS, "a note", problems):
            notes.append(Note(note["text"], evidence_list(note["evidence"], source, problems)))
    collected.entities[record["id"]] = Entity(
        id=record["id"],
        name=record["name"],
        kind=record["kind"],
        aliases=tuple(record["aliases"]),
        members=tuple(record.get("members", ())),
        planned_members=tuple(record.get("planned_members", ())),
        led_by=record.get("led_by"),
        evidence=evidence_list(record.get("evidence"), source, problems),
        notes=tuple(notes),
        origin=origin_of(record),
    )


def read_measure(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    template = record.get("template", DEFAULT_TEMPLATE)
    try:
        placeholders = {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError as error:
        placeholders = {f"invalid: {error}"}
    unknown = placeholders - set(TEMPLATE_FIELDS)
    if unknown:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of("template"),
                f"template uses {', '.join(sorted(unknown))}; allowed: {allowed_placeholders()}",
            )
        )
    if declare(record["id"], record, collected, problems):
        collected.measures[record["id"]] = Measure(
            id=record["id"],
            name=record["name"],
            unit=record["unit"],
            aliases=tuple(record["aliases"]),
            template=template,
            higher_word=record.get("higher_word", "higher"),
            lower_word=record.get("lower_word", "lower"),
            is_change=record.get("is_change", False),
        )


def read_period(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if declare(record["id"], record, collected, problems):
        order = Decimal(str(record["order"]))
        collected.periods[record["id"]] = Period(record["id"], record["label"], tuple(record.get("aliases", ())), order)


def read_fact(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if not declare(record["id"], record, collected, problems):
        return
    evidence = evidence_of(record, source, problems)
    value_text = str(record["value"])
    if evidence is not None and value_text not in evidence.quote:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of("value"),
                f"value {value_text!r} is not written in the quote; copy it as the source writes it",
            )
        )
    number = record.get("number")
    value = Decimal(str(number)) if number is not None else parse_quantity(value_text, collected.scale_words)
    if value is None:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of("value"),
                f"value {value_text!r} holds no number; add `number:` with its numeric value",
            )
        )
    refer(collected, record, "subject", "entity", record["subject"])
    refer(collected, record, "measure", "measure", record["measure"])
    for key, target in (("period", "period"), ("market", "entity")):
        if key in record:
            refer(collected, record, key, target, record[key])
    if evidence is None or value is None:
        return
    collected.facts.append(
        Fact(
            id=record["id"],
            subject=record["subject"],
            measure=record["measure"],
            value=value,
            value_text=value_text,
            period=record.get("period"),
            market=record.get("market"),
            evidence=evidence,
            note=record.get("note"),
            context=evidence_list(record.get("context"), source, problems),
            origin=origin_of(record),
        )
    )


def read_statement(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if not declare(record["id"], record, collected, problems):
        return
    for entity in record["about"]:
        refer(collected, record, "about", "entity", entity)
    evidence = evidence_of(record, source, problems)
    if evidence is not None:
        collected.statements.append(
            Statement(
                id=record["id"],
                kind=record["kind"],
                answer=record["answer"],
                about=tuple(record["about"]),
                keywords=tuple(record["keywords"]),
                evidence=(evidence,),
                origin=origin_of(record),
            )
        )


def read_claim_free(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if source.sentence(record["sentence"]) is None:
        problems.append(
            KnowledgeProblem(
                record.path, record.line_of("sentence"), f"sentence {record['sentence']} does not exist in {source.id}"
            )
        )
        return
    collected.claim_free.append(ClaimFree(source.id, record["sentence"], record["reason"]))


def allowed_placeholders() -> str:
    return ", ".join("{" + name + "}" for name in TEMPLATE_FIELDS)
