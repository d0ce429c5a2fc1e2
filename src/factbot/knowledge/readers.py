"""Reading each kind of curated record (entity, measure, period, fact, statement) from YAML.

Each reader checks what can be checked on the record alone (its quote is verbatim
in its sentence, its value is written in its quote) and remembers references, so
`factbot.knowledge.loader` can resolve them once every file is read, in any order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from string import Formatter
from typing import Any

from factbot.knowledge.model import ClaimFree, Entity, Evidence, Fact, Lexicon, Measure, Note, Period, Source, Statement
from factbot.knowledge.numbers import unusable_number
from factbot.knowledge.periods import read_period as read_period_key
from factbot.knowledge.quantities import Bound, read_quantity
from factbot.knowledge.renumbered import renumbered
from factbot.knowledge.schema import (
    BASES,
    DEFAULT_TEMPLATE,
    EVIDENCE_FIELDS,
    NOTE_FIELDS,
    TEMPLATE_FIELDS,
    allowed_placeholders,
    check_fields,
)
from factbot.knowledge.yamlfile import KnowledgeProblem, Mapping


@dataclass
class Collected:
    """Records gathered across files, with the line each id was declared on."""

    lexicon: Lexicon
    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    periods: dict[str, Period] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claim_free: list[ClaimFree] = field(default_factory=list)
    declared: dict[str, tuple[str, int]] = field(default_factory=dict)
    references: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    unusable: set[str] = field(default_factory=set)
    relative: dict[str, tuple[str, int, str, int]] = field(default_factory=dict)
    """Periods defined relative to another: id -> (path, line, base id, offset in years)."""


SHARED_KINDS = ("entity", "measure", "period")
"""Records two sources may both declare (the United States, a year): they become one record."""


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


def shared(record_id: str, record: Mapping, table: dict[str, Any], collected: Collected) -> bool:
    """True when another file already declared this record in `table`, so this one merges into it.

    Two documents that both mention the United States each declare it; they must meet as
    one entity rather than clash. Inside one file a repeated id is still a mistake, and so
    is an id that another file gave to a different kind of record: `declare` reports both.
    """
    if record_id not in table:
        return False
    path, _ = collected.declared[record_id]
    return path != record.path


def _conflict(record: Mapping, key: str, record_id: str, mine: object, theirs: object) -> KnowledgeProblem:
    return KnowledgeProblem(
        record.path,
        record.line_of(key),
        f"{record_id!r} is declared in another file with {key} {theirs!r}, here {mine!r}; "
        "a record two sources share must agree",
    )


def origin_of(record: Mapping) -> str:
    """`path:line` of a record, so later checks (factbot verify) can point at it."""
    return f"{record.path}:{record.line}"


def refer(collected: Collected, record: Mapping, key: str, target: str, value: str) -> None:
    """Remember a reference to check once every file is read (records may come in any order)."""
    collected.references.append((record.path, key, record.line_of(key), target, value))


def evidence_of(record: Mapping, source: Source, problems: list[KnowledgeProblem]) -> Evidence | None:
    """The record's quote in its sentence; in the sentence nearest it when the numbering moved (see `renumbered`)."""
    number, quote = record["sentence"], record["quote"]
    sentence = source.sentence(number)
    if sentence is not None and quote in sentence.text:
        return Evidence(source.id, number, quote)
    moved = renumbered(source, number, quote)
    if moved is not None:
        return Evidence(source.id, moved, quote, written=number)
    if sentence is None:
        message = f"sentence {number} does not exist: {source.id} has {len(source.sentences)} sentences"
        problems.append(KnowledgeProblem(record.path, record.line_of("sentence"), message))
        return None
    message = f"quote is not verbatim in sentence {number} of {source.id}: {quote!r}; copy the words exactly"
    problems.append(KnowledgeProblem(record.path, record.line_of("quote"), message))
    return None


def evidence_list(records: Any, source: Source, problems: list[KnowledgeProblem]) -> tuple[Evidence, ...]:
    found = []
    for record in records or ():
        if check_fields(record, EVIDENCE_FIELDS, "evidence", problems):
            evidence = evidence_of(record, source, problems)
            if evidence is not None:
                found.append(evidence)
    return tuple(found)


def read_entity(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    record_id = record["id"]
    merging = shared(record_id, record, collected.entities, collected)
    if not merging and not declare(record_id, record, collected, problems):
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
    entity = Entity(
        id=record_id,
        name=record["name"],
        kind=record["kind"],
        aliases=tuple(record["aliases"]),
        members=tuple(record.get("members", ())),
        planned_members=tuple(record.get("planned_members", ())),
        led_by=record.get("led_by"),
        evidence=evidence_list(record.get("evidence"), source, problems),
        notes=tuple(notes),
        origin=origin_of(record),
        description=record.get("description", ""),
        is_whole=record.get("is_whole", False),
    )
    known = collected.entities.get(record_id)
    if merging and known is not None:
        if known.kind != entity.kind:
            problems.append(_conflict(record, "kind", record_id, entity.kind, known.kind))
            return
        entity = merged_entity(known, entity)
    collected.entities[record_id] = entity


def _union(first: tuple[Any, ...], second: tuple[Any, ...]) -> tuple[Any, ...]:
    return first + tuple(item for item in second if item not in first)


def merged_entity(known: Entity, other: Entity) -> Entity:
    """One entity from two declarations: the first file's name, every alias, member and piece of evidence."""
    return replace(
        known,
        aliases=_union(known.aliases, other.aliases),
        members=_union(known.members, other.members),
        planned_members=_union(known.planned_members, other.planned_members),
        led_by=known.led_by or other.led_by,
        evidence=_union(known.evidence, other.evidence),
        notes=_union(known.notes, other.notes),
        description=known.description or other.description,
        is_whole=known.is_whole or other.is_whole,
    )


def read_measure(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    template = record.get("template", DEFAULT_TEMPLATE)
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(template)]
    except ValueError as error:
        fields = [(f"invalid: {error}", "", None)]
    placeholders = {name for name, _, _ in fields if name is not None}
    # "{value:>999999999}" would build a gigabyte string on every answer; "{value!r}" shows quotes
    placeholders |= {f"{{{name}:{spec}}}" for name, spec, _ in fields if spec}
    placeholders |= {f"{{{name}!{conversion}}}" for name, _, conversion in fields if conversion}
    unknown = placeholders - set(TEMPLATE_FIELDS)
    if unknown:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of("template"),
                f"template uses {', '.join(sorted(unknown))}; allowed: {allowed_placeholders()}",
            )
        )
    record_id = record["id"]
    measure = Measure(
        id=record_id,
        name=record["name"],
        unit=record["unit"],
        aliases=tuple(record["aliases"]),
        template=template,
        higher_word=record.get("higher_word", "higher"),
        is_change=record.get("is_change", False),
    )
    if shared(record_id, record, collected.measures, collected):
        known = collected.measures.get(record_id)
        if known is not None and known.unit != measure.unit:
            problems.append(_conflict(record, "unit", record_id, measure.unit, known.unit))
        elif known is not None:
            collected.measures[record_id] = replace(known, aliases=_union(known.aliases, measure.aliases))
        return
    if declare(record_id, record, collected, problems):
        collected.measures[record_id] = measure


def read_period(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    """A period: its span is read from the label or an alias; `order` and `label` follow from it."""
    record_id = record["id"]
    calendar = collected.lexicon.calendar
    aliases = tuple(record.get("aliases", ()))
    texts = [text for text in (record.get("label"), *aliases) if text]
    keys = [key for key in (read_period_key(_without_preposition(text), calendar) for text in texts) if key]
    key = keys[0] if keys else None
    if "relative_to" in record:
        refer(collected, record, "relative_to", "period", record["relative_to"])
        collected.relative[record_id] = (record.path, record.line, record["relative_to"], record.get("offset", -1))
    elif "order" not in record and key is None:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line,
                f"period {record_id!r} needs `order:` (a number that sorts it), a label or alias such as "
                "2023, 2022/23, FY 2013-2014, Q1 2024 or May 2024, or `relative_to:`",
            )
        )
        return
    order = Decimal(str(record["order"])) if "order" in record else key.order if key else Decimal(0)
    label = record.get("label") or (f"{key.preposition} {key.label}" if key else record_id)
    period = Period(record_id, label, aliases, order, key, tuple(dict.fromkeys(keys)))
    if shared(record_id, record, collected.periods, collected):
        known = collected.periods.get(record_id)
        if known is not None and known.order != period.order:
            problems.append(_conflict(record, "order", record_id, period.order, known.order))
        elif known is not None:
            collected.periods[record_id] = replace(known, aliases=_union(known.aliases, period.aliases))
        return
    if declare(record_id, record, collected, problems):
        collected.periods[record_id] = period


def _without_preposition(text: str) -> str:
    """ "in 2022/23" -> "2022/23": labels carry the preposition answers use."""
    first, _, rest = text.partition(" ")
    return rest if first.casefold() in ("in", "on", "during", "for", "by", "of") and rest else text


def read_fact(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if not declare(record["id"], record, collected, problems):
        return
    if ("value" in record) == ("change" in record):
        problems.append(
            KnowledgeProblem(record.path, record.line, "a fact needs exactly one of `value:` (a level) or `change:`")
        )
        return
    key = "value" if "value" in record else "change"
    written = str(record[key])
    value_text = written.lstrip("+-\u2212").strip() if key == "change" or written[:1] in "+-\u2212" else written
    evidence = evidence_of(record, source, problems)
    if evidence is not None and value_text not in evidence.quote:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of(key),
                f"{key} {value_text!r} is not written in the quote; copy it as the source writes it",
            )
        )
    quantity = read_quantity(written, collected.lexicon.numerals)
    number = record.get("number")
    if quantity is None and number is None:
        problems.append(
            KnowledgeProblem(
                record.path,
                record.line_of(key),
                f"{key} {value_text!r} holds no number; add `number:` with its numeric value",
            )
        )
    basis = record.get("basis", "")
    if basis and basis not in BASES:
        problems.append(
            KnowledgeProblem(record.path, record.line_of("basis"), f"basis must be one of {', '.join(BASES)}")
        )
    refer(collected, record, "subject", "entity", record["subject"])
    refer(collected, record, "measure", "measure", record["measure"])
    for field_name, target in (("period", "period"), ("market", "entity"), ("since", "period")):
        if field_name in record:
            refer(collected, record, field_name, target, record[field_name])
    if evidence is None or (quantity is None and number is None):
        return
    value = Decimal(str(number)) if number is not None else quantity.value if quantity else Decimal(0)
    high = quantity.high if quantity and quantity.high is not None else value
    problem = unusable_number(value) or unusable_number(high)
    if problem:  # too large for exact arithmetic (or for printing: Python refuses ints over 4,300 digits)
        where = "number" if number is not None else key
        problems.append(KnowledgeProblem(record.path, record.line_of(where), f"{where} {value_text!r} {problem}"))
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
            bound=quantity.bound if quantity else Bound.EXACT,
            high=quantity.high if quantity else None,
            currency=quantity.currency if quantity else "",
            percent=quantity.percent if quantity else False,
            is_change=key == "change",
            since=record.get("since"),
            basis="" if basis == "reported" else basis,
            counted=quantity is None,
        )
    )
