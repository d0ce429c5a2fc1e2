"""`factbot sources` and `factbot entities`: what a knowledge folder holds, as rows.

The rows are plain dicts with stable keys, printed as an aligned table for people
or as JSON / JSONL for tools (the same `--format` names as every other command).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factbot.knowledge.index import KnowledgeBase
from factbot.sanitize import json_text, safe_text
from factbot.verification.verify import verify_knowledge


def source_rows(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """id, label, title, sentence count and coverage (sentences curated or claim_free) per source."""
    coverage = {source: (covered, total) for source, covered, total in verify_knowledge(kb.knowledge).coverage}
    rows = []
    for source in kb.knowledge.sources.values():
        covered, total = coverage.get(source.id, (0, len(source.sentences)))
        rows.append(
            {
                "id": source.id,
                "label": source.label,
                "title": source.title,
                "sentences": len(source.sentences),
                "covered": covered,
                "coverage": round(covered / total, 4) if total else 1.0,
            }
        )
    return rows


def entity_rows(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """id, name, kind, how many facts are about it, its members and aliases."""
    return [
        {
            "id": entity.id,
            "name": entity.name,
            "kind": entity.kind,
            "facts": len(kb.facts_by_subject.get(entity.id, ())),
            "members": list(entity.members),
            "aliases": list(entity.aliases),
        }
        for entity in kb.entities.values()
    ]


SOURCE_COLUMNS = (("id", "id"), ("sentences", "sentences"), ("coverage", "coverage"), ("title", "title"))
ENTITY_COLUMNS = (("id", "id"), ("kind", "kind"), ("facts", "facts"), ("name", "name"), ("aliases", "aliases"))


def render_rows(rows: list[dict[str, Any]], output_format: str, columns: Sequence[tuple[str, str]]) -> str:
    """Rows as an aligned text table, a JSON array, or one JSON object a line."""
    if output_format == "json":
        return json_text(rows, indent=2) + "\n"
    if output_format == "jsonl":
        return "".join(json_text(row) + "\n" for row in rows)
    table = [[heading for heading, _ in columns]]
    table.extend([_cell(row[key], key) for _, key in columns] for row in rows)
    widths = [max(len(line[index]) for line in table) for index in range(len(columns))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in table]
    return "\n".join(lines) + "\n"


def _cell(value: Any, key: str) -> str:
    if key == "coverage":
        return f"{100 * value:.0f}%"
    if isinstance(value, list):
        return safe_text(", ".join(str(item) for item in value))
    return safe_text(" ".join(str(value).split()))
