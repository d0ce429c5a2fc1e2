"""Loading and validating a knowledge folder.

A folder holds `lexicon.yaml` (how people ask) and one YAML file per source (what
the source says), each naming its verbatim text file. Every problem is collected
and reported together as `file:line: message`, so an editor can fix them in one
pass; nothing half-loaded ever reaches the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from string import Formatter
from typing import Any

from factbot.lexicon import parse_lexicon
from factbot.model import (
    ClaimFree,
    Entity,
    Evidence,
    Fact,
    Knowledge,
    Lexicon,
    Measure,
    Note,
    Period,
    Source,
    Statement,
)
from factbot.numbers import parse_quantity
from factbot.schema import INTEGER, LIST, MAPPING, NUMBER, TEXT, TEXT_LIST, Field, check_fields
from factbot.sources import split_sentences
from factbot.text import Normaliser
from factbot.yamlfile import KnowledgeError, KnowledgeProblem, Mapping, load_yaml

LEXICON_FILE = "lexicon.yaml"
ARTICLE_FIELDS = {
    "source": Field(MAPPING, required=True),
    "entities": Field(LIST),
    "measures": Field(LIST),
    "periods": Field(LIST),
    "facts": Field(LIST),
    "statements": Field(LIST),
    "claim_free": Field(LIST),
}
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
class _Collected:
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


def load_knowledge(directory: Path) -> Knowledge:
    """Load every YAML file of `directory`; raise KnowledgeError listing all problems."""
    problems: list[KnowledgeProblem] = []
    if not directory.is_dir():
        raise KnowledgeError([KnowledgeProblem(str(directory), 0, "knowledge folder not found")])
    lexicon_path = directory / LEXICON_FILE
    if not lexicon_path.is_file():
        raise KnowledgeError(
            [KnowledgeProblem(str(lexicon_path), 0, "missing: every knowledge folder needs a lexicon")]
        )
    lexicon = parse_lexicon(load_yaml(lexicon_path, str(lexicon_path)), problems)
    if lexicon is None:
        raise KnowledgeError(problems)
    collected = _Collected(scale_words=lexicon.scale_words)
    normaliser = Normaliser(lexicon)
    _check_cues(lexicon, normaliser, str(lexicon_path), problems)
    for path in sorted(directory.glob("*.yaml")):
        if path.name != LEXICON_FILE:
            _load_article(path, directory, collected, problems)
    _check_references(collected, problems)
    _check_aliases(collected, normaliser, problems)
    if problems:
        raise KnowledgeError(problems)
    return Knowledge(
        lexicon=lexicon,
        sources=collected.sources,
        entities=collected.entities,
        measures=collected.measures,
        periods=collected.periods,
        facts=tuple(collected.facts),
        statements=tuple(collected.statements),
        claim_free=tuple(collected.claim_free),
    )


def _load_article(path: Path, directory: Path, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    try:
        data = load_yaml(path, str(path))
    except KnowledgeError as error:
        problems.extend(error.problems)
        return
    if not check_fields(data, ARTICLE_FIELDS, "a source file", problems):
        return
    source = _load_source(data["source"], directory, collected, problems)
    if source is None:
        return
    readers = {
        "entities": (ENTITY_FIELDS, _entity),
        "measures": (MEASURE_FIELDS, _measure),
        "periods": (PERIOD_FIELDS, _period),
        "facts": (FACT_FIELDS, _fact),
        "statements": (STATEMENT_FIELDS, _statement),
        "claim_free": (CLAIM_FREE_FIELDS, _claim_free),
    }
    for section, (fields, reader) in readers.items():
        for record in data.get(section, ()):
            if check_fields(record, fields, f"an item of {section!r}", problems):
                reader(record, source, collected, problems)
            elif isinstance(record, Mapping) and isinstance(record.get("id"), str):
                collected.unusable.add(record["id"])  # already reported; don't cascade into its references


def _load_source(
    data: Mapping, directory: Path, collected: _Collected, problems: list[KnowledgeProblem]
) -> Source | None:
    if not check_fields(data, SOURCE_FIELDS, "the source", problems):
        return None
    text_path = directory / data["file"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(
            KnowledgeProblem(data.path, data.line_of("file"), f"cannot read source text {text_path}: {error}")
        )
        return None
    if not _declare(data["id"], data, collected, problems):
        return None
    source = Source(data["id"], data["title"], str(text_path), text, split_sentences(data["id"], text))
    collected.sources[source.id] = source
    return source


def _declare(record_id: str, record: Mapping, collected: _Collected, problems: list[KnowledgeProblem]) -> bool:
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


def _origin(record: Mapping) -> str:
    """`path:line` of a record, so later checks (factbot verify) can point at it."""
    return f"{record.path}:{record.line}"


def _refer(collected: _Collected, record: Mapping, key: str, target: str, value: str) -> None:
    """Remember a reference to check once every file is read (records may come in any order)."""
    collected.references.append((record.path, key, record.line_of(key), target, value))


def _evidence(record: Mapping, source: Source, problems: list[KnowledgeProblem]) -> Evidence | None:
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


def _evidence_list(records: Any, source: Source, problems: list[KnowledgeProblem]) -> tuple[Evidence, ...]:
    found = []
    for record in records or ():
        if check_fields(record, EVIDENCE_FIELDS, "evidence", problems):
            evidence = _evidence(record, source, problems)
            if evidence is not None:
                found.append(evidence)
    return tuple(found)


def _entity(record: Mapping, source: Source, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    if not _declare(record["id"], record, collected, problems):
        return
    for key in ("members", "planned_members"):
        for member in record.get(key, ()):
            _refer(collected, record, key, "entity", member)
    if "led_by" in record:
        _refer(collected, record, "led_by", "entity", record["led_by"])
    notes = []
    for note in record.get("notes", ()):
        if check_fields(note, NOTE_FIELDS, "a note", problems):
            notes.append(Note(note["text"], _evidence_list(note["evidence"], source, problems)))
    collected.entities[record["id"]] = Entity(
        id=record["id"],
        name=record["name"],
        kind=record["kind"],
        aliases=tuple(record["aliases"]),
        members=tuple(record.get("members", ())),
        planned_members=tuple(record.get("planned_members", ())),
        led_by=record.get("led_by"),
        evidence=_evidence_list(record.get("evidence"), source, problems),
        notes=tuple(notes),
        origin=_origin(record),
    )


def _measure(record: Mapping, source: Source, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
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
                f"template uses {', '.join(sorted(unknown))}; allowed: {_placeholders()}",
            )
        )
    if _declare(record["id"], record, collected, problems):
        collected.measures[record["id"]] = Measure(
            id=record["id"],
            name=record["name"],
            unit=record["unit"],
            aliases=tuple(record["aliases"]),
            template=template,
            higher_word=record.get("higher_word", "higher"),
            lower_word=record.get("lower_word", "lower"),
        )


def _period(record: Mapping, source: Source, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    if _declare(record["id"], record, collected, problems):
        order = Decimal(str(record["order"]))
        collected.periods[record["id"]] = Period(record["id"], record["label"], tuple(record.get("aliases", ())), order)


def _fact(record: Mapping, source: Source, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    if not _declare(record["id"], record, collected, problems):
        return
    evidence = _evidence(record, source, problems)
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
    _refer(collected, record, "subject", "entity", record["subject"])
    _refer(collected, record, "measure", "measure", record["measure"])
    for key, target in (("period", "period"), ("market", "entity")):
        if key in record:
            _refer(collected, record, key, target, record[key])
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
            context=_evidence_list(record.get("context"), source, problems),
            origin=_origin(record),
        )
    )


def _statement(record: Mapping, source: Source, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    if not _declare(record["id"], record, collected, problems):
        return
    for entity in record["about"]:
        _refer(collected, record, "about", "entity", entity)
    evidence = _evidence(record, source, problems)
    if evidence is not None:
        collected.statements.append(
            Statement(
                id=record["id"],
                kind=record["kind"],
                answer=record["answer"],
                about=tuple(record["about"]),
                keywords=tuple(record["keywords"]),
                evidence=(evidence,),
                origin=_origin(record),
            )
        )


def _claim_free(record: Mapping, source: Source, collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    if source.sentence(record["sentence"]) is None:
        problems.append(
            KnowledgeProblem(
                record.path, record.line_of("sentence"), f"sentence {record['sentence']} does not exist in {source.id}"
            )
        )
        return
    collected.claim_free.append(ClaimFree(source.id, record["sentence"], record["reason"]))


def _check_references(collected: _Collected, problems: list[KnowledgeProblem]) -> None:
    tables: dict[str, dict[str, Any]] = {
        "entity": collected.entities,
        "measure": collected.measures,
        "period": collected.periods,
    }
    for path, key, line, target, value in collected.references:
        if value not in tables[target] and value not in collected.unusable:
            known = ", ".join(sorted(tables[target])[:12])
            problems.append(KnowledgeProblem(path, line, f"{key} {value!r} is not a known {target}; known: {known}"))


def _check_aliases(collected: _Collected, normaliser: Normaliser, problems: list[KnowledgeProblem]) -> None:
    """An alias may name one entity only, else a question naming it would be a coin toss."""
    owners: dict[tuple[str, ...], str] = {}
    for entity in collected.entities.values():
        for alias in entity.aliases:
            key = normaliser.words(alias)
            path, line = collected.declared[entity.id]
            if not key:
                problems.append(KnowledgeProblem(path, line, f"alias {alias!r} of {entity.id!r} has no words"))
                continue
            owner = owners.setdefault(key, entity.id)
            if owner != entity.id:
                problems.append(
                    KnowledgeProblem(
                        path,
                        line,
                        f"alias {alias!r} of {entity.id!r} is already an alias of {owner!r}; "
                        "give it to one entity only",
                    )
                )


def _placeholders() -> str:
    return ", ".join("{" + name + "}" for name in TEMPLATE_FIELDS)


def _check_cues(lexicon: Lexicon, normaliser: Normaliser, path: str, problems: list[KnowledgeProblem]) -> None:
    """A cue phrase may select one intent only; otherwise the routing would depend on file order."""
    owners: dict[tuple[str, ...], str] = {}
    for intent in lexicon.intents:
        for cue in intent.cues:
            owner = owners.setdefault(normaliser.words(cue), intent.name)
            if owner != intent.name:
                problems.append(
                    KnowledgeProblem(
                        path, intent.line, f"cue {cue!r} of intent {intent.name!r} is already a cue of {owner!r}"
                    )
                )
