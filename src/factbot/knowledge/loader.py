"""Loading and validating a knowledge folder.

A folder holds one YAML file per source (what the source says), each naming its
verbatim text file, and optionally a `lexicon.yaml` that extends the built-in English
lexicon. Every problem is collected and reported together as `file:line: message`, so
an editor can fix them in one pass; nothing half-loaded ever reaches the engine.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from factbot.knowledge.comparatives import with_comparatives
from factbot.knowledge.files import MAX_SOURCE_BYTES, FileRefused, inside, read_bounded, within
from factbot.knowledge.lexicon import builtin_lexicon, extended, parse_lexicon
from factbot.knowledge.model import Knowledge, Lexicon, Period, Source
from factbot.knowledge.readers import Collected, declare, read_entity, read_fact, read_measure, read_period, refer
from factbot.knowledge.repeats import merge_repeats
from factbot.knowledge.schema import (
    CLAIM_FREE_FIELDS,
    ENTITY_FIELDS,
    FACT_FIELDS,
    LIST,
    MAPPING,
    MEASURE_FIELDS,
    PERIOD_FIELDS,
    SOURCE_FIELDS,
    STATEMENT_FIELDS,
    Field,
    check_fields,
)
from factbot.knowledge.sources import split_sentences
from factbot.knowledge.statement_readers import read_claim_free, read_statement
from factbot.knowledge.text import Normaliser
from factbot.knowledge.unit_scales import apply_unit_scales
from factbot.knowledge.yamlfile import KnowledgeError, KnowledgeProblem, Mapping, load_yaml

LEXICON_FILE = "lexicon.yaml"
ARTICLE_FIELDS = {
    "source": Field(MAPPING, required=True),
    "lexicon": Field(MAPPING),
    "entities": Field(LIST),
    "measures": Field(LIST),
    "periods": Field(LIST),
    "facts": Field(LIST),
    "statements": Field(LIST),
    "claim_free": Field(LIST),
}
READERS = {
    "entities": (ENTITY_FIELDS, read_entity),
    "measures": (MEASURE_FIELDS, read_measure),
    "periods": (PERIOD_FIELDS, read_period),
    "facts": (FACT_FIELDS, read_fact),
    "statements": (STATEMENT_FIELDS, read_statement),
    "claim_free": (CLAIM_FREE_FIELDS, read_claim_free),
}


def load_knowledge(directory: Path, *, merge: bool = True) -> Knowledge:
    """Load every YAML file of `directory`; raise KnowledgeError listing all problems.

    A fact repeating another's figure is folded into it (`factbot.knowledge.repeats`) unless `merge` is False,
    as `verify` asks: it checks each fact's quote on its own."""
    problems: list[KnowledgeProblem] = []
    if not directory.is_dir():
        raise KnowledgeError([KnowledgeProblem(str(directory), 0, "knowledge folder not found")])
    articles = _read_articles(directory, problems)
    lexicon = _folder_lexicon(directory, articles, problems)
    collected = Collected(lexicon=lexicon)
    normaliser = Normaliser(lexicon)
    _check_cues(lexicon, normaliser, problems)
    for data in articles:
        _load_article(data, directory, collected, problems)
    _check_references(collected, problems)
    _resolve_relative_periods(collected, problems)
    _check_aliases(collected, normaliser, problems)
    if problems:
        raise KnowledgeError(problems)
    measures, facts = apply_unit_scales(collected.measures, collected.facts, lexicon)
    return Knowledge(
        lexicon=with_comparatives(lexicon, measures.values()),
        sources=collected.sources,
        entities=collected.entities,
        measures=measures,
        periods=collected.periods,
        facts=merge_repeats(facts, collected.periods) if merge else tuple(facts),
        statements=tuple(collected.statements),
        claim_free=tuple(collected.claim_free),
    )


def _read_articles(directory: Path, problems: list[KnowledgeProblem]) -> list[Mapping]:
    """Parse every source file first: their `lexicon:` sections shape how all of them are read."""
    articles = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == LEXICON_FILE:
            continue
        try:
            data = load_yaml(_own(directory, path), str(path))
        except KnowledgeError as error:
            problems.extend(error.problems)
            continue
        if check_fields(data, ARTICLE_FIELDS, "a source file", problems):
            articles.append(data)
    return articles


def _folder_lexicon(directory: Path, articles: list[Mapping], problems: list[KnowledgeProblem]) -> Lexicon:
    """The built-in English lexicon, extended by the folder's `lexicon.yaml` and each source's `lexicon:`."""
    lexicon = builtin_lexicon()
    extensions: list[Mapping] = []
    path = directory / LEXICON_FILE
    if path.is_file():
        try:
            extensions.append(load_yaml(_own(directory, path), str(path)))
        except KnowledgeError as error:
            problems.extend(error.problems)
    extensions += [data["lexicon"] for data in articles if "lexicon" in data]
    for data in extensions:
        extension = parse_lexicon(data, problems)
        if extension is not None:
            lexicon = extended(lexicon, extension, f"{data.path}:{data.line}", problems)
    return lexicon


def _load_article(data: Mapping, directory: Path, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    source = _load_source(data["source"], directory, collected, problems)
    if source is None:
        return
    for section, (fields, reader) in READERS.items():
        for record in data.get(section, ()):
            if check_fields(record, fields, f"an item of {section!r}", problems):
                reader(record, source, collected, problems)
            elif isinstance(record, Mapping) and isinstance(record.get("id"), str):
                collected.unusable.add(record["id"])  # already reported; don't cascade into its references


def _load_source(
    data: Mapping, directory: Path, collected: Collected, problems: list[KnowledgeProblem]
) -> Source | None:
    if not check_fields(data, SOURCE_FIELDS, "the source", problems):
        return None
    try:
        text_path = inside(directory, data["file"])
        text = read_bounded(text_path, MAX_SOURCE_BYTES).decode("utf-8")  # verbatim: CRLF and a BOM stay
    except FileRefused as error:
        problems.append(KnowledgeProblem(data.path, data.line_of("file"), f"source file {data['file']!r} {error}"))
        return None
    except UnicodeDecodeError as error:
        message = f"source file {data['file']!r} is not UTF-8 text ({error.reason} at byte {error.start})"
        problems.append(KnowledgeProblem(data.path, data.line_of("file"), message))
        return None
    if not declare(data["id"], data, collected, problems):
        return None
    source = Source(
        data["id"],
        data["title"],
        str(text_path),
        text,
        split_sentences(data["id"], text),
        data.get("short_title"),
        data.get("publisher"),
    )
    if source.publisher is not None:
        refer(collected, data, "publisher", "entity", source.publisher)
    collected.sources[source.id] = source
    return source


def _own(directory: Path, path: Path) -> Path:
    """`path` when it stays inside the knowledge folder; a symlink out of it is refused like a bad file."""
    try:
        return within(directory, path)
    except FileRefused as error:
        raise KnowledgeError([KnowledgeProblem(str(path), 1, f"this file {error}")]) from None


def _check_references(collected: Collected, problems: list[KnowledgeProblem]) -> None:
    tables: dict[str, dict[str, Any]] = {
        "entity": collected.entities,
        "measure": collected.measures,
        "period": collected.periods,
    }
    for path, key, line, target, value in collected.references:
        if value not in tables[target] and value not in collected.unusable:
            known = ", ".join(sorted(tables[target])[:12])
            problems.append(KnowledgeProblem(path, line, f"{key} {value!r} is not a known {target}; known: {known}"))


def _resolve_relative_periods(collected: Collected, problems: list[KnowledgeProblem]) -> None:
    """ "4 years earlier" than 2022/23 is 2018/19: move the base period's span, order and label."""
    for period_id, (path, line, base_id, offset) in collected.relative.items():
        base, period = collected.periods.get(base_id), collected.periods.get(period_id)
        if base is None or period is None:
            continue
        if base_id in collected.relative:
            problems.append(
                KnowledgeProblem(path, line, f"relative_to {base_id!r} is itself relative; name a fixed period")
            )
            continue
        key = base.key.shifted(offset) if base.key else None
        given_label = period.label != period.id
        label = (
            period.label if given_label else f"{key.preposition} {key.label}" if key else _relative_label(base, offset)
        )
        keys = (key,) if key else ()
        collected.periods[period_id] = replace(period, key=key, keys=keys, order=base.order + offset, label=label)


def _relative_label(base: Period, offset: int) -> str:
    years = f"{abs(offset)} year{'s' if abs(offset) != 1 else ''}"
    return f"{years} {'before' if offset < 0 else 'after'} {base.label.removeprefix('in ')}"


def _check_aliases(collected: Collected, normaliser: Normaliser, problems: list[KnowledgeProblem]) -> None:
    """Within one file an alias may name one entity only, else a question naming it is a coin toss.

    Across files the same alias may name two entities (two sources each with their own
    "Georgia"); `factbot verify` warns, and the engine asks which one is meant.
    """
    owners: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {}
    for entity in collected.entities.values():
        path, line = collected.declared[entity.id]
        for alias in entity.aliases:
            key = normaliser.words(alias)
            if not key:
                problems.append(KnowledgeProblem(path, line, f"alias {alias!r} of {entity.id!r} has no words"))
                continue
            owner, written = owners.setdefault((path, key), (entity.id, alias))
            if owner != entity.id:
                problems.append(KnowledgeProblem(path, line, _taken_alias(alias, entity.id, owner, written, key)))


def _taken_alias(alias: str, entity: str, owner: str, written: str, key: tuple[str, ...]) -> str:
    """Says so when two different words only meet after stemming ("hospitals", "hospitality"): the cure differs."""
    if alias.casefold() == written.casefold():
        return f"alias {alias!r} of {entity!r} is already an alias of {owner!r}; give it to one entity only"
    return (
        f"alias {alias!r} of {entity!r} reads like {written!r}, an alias of {owner!r} (both become "
        f"{' '.join(key)!r} after stemming); give one of them a longer alias that tells them apart, or drop it"
    )


def _check_cues(lexicon: Lexicon, normaliser: Normaliser, problems: list[KnowledgeProblem]) -> None:
    """A cue phrase may select one intent only; otherwise the routing would depend on file order."""
    owners: dict[tuple[str, ...], str] = {}
    for intent in lexicon.intents:
        for cue in intent.cues:
            owner = owners.setdefault(normaliser.words(cue), intent.name)
            if owner != intent.name:
                problems.append(
                    KnowledgeProblem(
                        LEXICON_FILE,
                        intent.line,
                        f"cue {cue!r} of intent {intent.name!r} is already a cue of {owner!r}",
                    )
                )
