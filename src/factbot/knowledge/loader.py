"""Loading and validating a knowledge folder.

A folder holds `lexicon.yaml` (how people ask) and one YAML file per source (what
the source says), each naming its verbatim text file. Every problem is collected
and reported together as `file:line: message`, so an editor can fix them in one
pass; nothing half-loaded ever reaches the engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factbot.knowledge.lexicon import parse_lexicon
from factbot.knowledge.model import Knowledge, Lexicon, Source
from factbot.knowledge.readers import (
    CLAIM_FREE_FIELDS,
    ENTITY_FIELDS,
    FACT_FIELDS,
    MEASURE_FIELDS,
    PERIOD_FIELDS,
    SOURCE_FIELDS,
    STATEMENT_FIELDS,
    Collected,
    declare,
    read_claim_free,
    read_entity,
    read_fact,
    read_measure,
    read_period,
    read_statement,
)
from factbot.knowledge.schema import LIST, MAPPING, Field, check_fields
from factbot.knowledge.sources import split_sentences
from factbot.knowledge.text import Normaliser
from factbot.knowledge.yamlfile import KnowledgeError, KnowledgeProblem, Mapping, load_yaml

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
    collected = Collected(scale_words=lexicon.scale_words)
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


def _load_article(path: Path, directory: Path, collected: Collected, problems: list[KnowledgeProblem]) -> None:
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
        "entities": (ENTITY_FIELDS, read_entity),
        "measures": (MEASURE_FIELDS, read_measure),
        "periods": (PERIOD_FIELDS, read_period),
        "facts": (FACT_FIELDS, read_fact),
        "statements": (STATEMENT_FIELDS, read_statement),
        "claim_free": (CLAIM_FREE_FIELDS, read_claim_free),
    }
    for section, (fields, reader) in readers.items():
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
    text_path = directory / data["file"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(
            KnowledgeProblem(data.path, data.line_of("file"), f"cannot read source text {text_path}: {error}")
        )
        return None
    if not declare(data["id"], data, collected, problems):
        return None
    source = Source(data["id"], data["title"], str(text_path), text, split_sentences(data["id"], text))
    collected.sources[source.id] = source
    return source


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


def _check_aliases(collected: Collected, normaliser: Normaliser, problems: list[KnowledgeProblem]) -> None:
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
