"""Writing a draft as YAML a curator can read and correct.

One record per line in flow style, strings JSON-quoted (always valid YAML, whatever
quotes or colons the text holds), and a `# review` comment on every guess, so the
curator can search for what is left to check.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from factbot.curation.draft import Draft, DraftFact, DraftStatement

HEADER = """\
# Draft knowledge for {file}, written by `factbot draft`.
# Every guess is marked `# review`: correct subjects, measures and periods, delete noise, merge
# entities that are one thing, give entities and measures the words people ask with (aliases),
# write a one-sentence `answer` for statements, then run `factbot verify --knowledge FOLDER`.
# A guess left empty ("no period tied to the figure") is yours to fill. Where most of a draft is
# noise, keep its quotes and write the rest anew. The format is described in docs/knowledge.md.
"""


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_text(value) for value in values) + "]"


def _fact_line(fact: DraftFact) -> str:
    parts = [f"id: {_text(fact.id)}", f"subject: {_text(fact.subject)}", f"measure: {_text(fact.measure)}"]
    if fact.period:
        parts.append(f"period: {_text(fact.period)}")
    parts += [f"{fact.field}: {_text(fact.written)}", f"sentence: {fact.sentence}", f"quote: {_text(fact.quote)}"]
    if fact.context:
        context = ", ".join(f"{{sentence: {number}, quote: {_text(quote)}}}" for number, quote in fact.context)
        parts.append(f"context: [{context}]")
    return "  - {" + ", ".join(parts) + "}" + f"   # review: {fact.review}"


def _statement_line(statement: DraftStatement) -> str:
    parts = [
        f"id: {_text(statement.id)}",
        f"kind: {_text(statement.kind)}",
        f"sentence: {statement.sentence}",
        f"quote: {_text(statement.quote)}",
    ]
    if statement.about:
        parts.append(f"about: {_list(statement.about)}")
    if statement.date:
        parts.append(f"date: {_text(statement.date)}")
    return "  - {" + ", ".join(parts) + "}   # review: kind, about; add an answer and keywords"


def render_draft(draft: Draft) -> str:
    source = f"source: {{id: {_text(draft.source_id)}, title: {_text(draft.title)}, file: {_text(draft.file)}}}"
    entities = [
        f"  - {{id: {_text(entity.id)}, name: {_text(entity.name)}, kind: {_text('entity')}, "
        f"aliases: {_list(entity.aliases)}}}   # review: kind, more aliases, merge duplicates"
        for entity in draft.entities
    ]
    measures = [
        f"  - {{id: {_text(measure.id)}, name: {_text(measure.name)}, unit: {_text(measure.unit)}, "
        f"aliases: {_list(measure.aliases)}}}   # review: name, unit, and the words people ask with"
        for measure in draft.measures
    ]
    periods = []
    for period in draft.periods:
        if period.relative_to:
            periods.append(
                f"  - {{id: {_text(period.id)}, relative_to: {_text(period.relative_to)}, offset: {period.offset}}}"
                f"   # review: the text says {_text(period.alias)}"
            )
        else:
            periods.append(f"  - {{id: {_text(period.id)}, aliases: {_list([period.alias])}}}")
    claim_free = [f"  - {{sentence: {number}, reason: {_text('heading')}}}   # review" for number in draft.headings]
    claim_free += [f"  - {{sentence: {number}, reason: {_text(reason)}}}" for number, reason in draft.table_lines]
    parts = [HEADER.format(file=draft.file), source]
    for name, lines in (
        ("entities", entities),
        ("measures", measures),
        ("periods", periods),
        ("facts", [_fact_line(fact) for fact in draft.facts]),
        ("statements", [_statement_line(statement) for statement in draft.statements]),
        ("claim_free", claim_free),
    ):
        parts += ["", f"{name}:", *lines] if lines else ["", f"{name}: []"]
    return "\n".join(parts) + "\n"
