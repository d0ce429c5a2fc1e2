"""Reading statements and claim-free sentences from YAML (split from `factbot.knowledge.readers`).

A statement is what a sentence says without a figure; its `date`, when given, must be written in its quote or
context as the source writes it, and a statement without one whose quotes name exactly one period is dated by it.
"""

from __future__ import annotations

from factbot.knowledge.model import ClaimFree, Evidence, Source, Statement
from factbot.knowledge.period_keys import PeriodKey
from factbot.knowledge.periods import find_periods
from factbot.knowledge.readers import Collected, declare, evidence_list, evidence_of, origin_of, refer
from factbot.knowledge.yamlfile import KnowledgeProblem, Mapping


def read_statement(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if not declare(record["id"], record, collected, problems):
        return
    about, people = _entities(record, source, collected)
    if "place" in record:
        refer(collected, record, "place", "entity", record["place"])
    evidence = evidence_of(record, source, problems)
    if evidence is None:
        return
    context = evidence_list(record.get("context"), source, problems)
    date = record.get("date", "")
    when = None
    if date:
        if not any(date in item.quote for item in (evidence, *context)):
            problems.append(
                KnowledgeProblem(
                    record.path,
                    record.line_of("date"),
                    f"date {date!r} is not written in the quote or its context; copy it as the source writes it",
                )
            )
        found = find_periods(date, collected.lexicon.calendar)
        when = found[0].key if found else None
        if when is None:
            problems.append(
                KnowledgeProblem(
                    record.path,
                    record.line_of("date"),
                    f"date {date!r} holds no date factbot can read (such as 2024, May 23, 2024, July 2017)",
                )
            )
    if not date:
        when = _single_date(evidence, context, collected)
    sentence = source.sentence(evidence.sentence)
    collected.statements.append(
        Statement(
            id=record["id"],
            kind=record.get("kind", "statement"),
            answer=record.get("answer") or (sentence.text if sentence else evidence.quote),
            about=about,
            keywords=tuple(record.get("keywords", ())),
            evidence=(evidence, *context),
            origin=origin_of(record),
            date=date,
            when=when,
            place=record.get("place"),
            people=people,
        )
    )


def _entities(record: Mapping, source: Source, collected: Collected) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Whom the statement is about, and who acts or speaks in it: what a source says, its publisher says."""
    about = tuple(record.get("about", ()))
    people = tuple(record.get("people", ()))
    for key, entities in (("about", about), ("people", people)):
        for entity in entities:
            refer(collected, record, key, "entity", entity)
    if source.publisher is not None and source.publisher not in people:
        people += (source.publisher,)
    return about, people


def _single_date(evidence: Evidence, context: tuple[Evidence, ...], collected: Collected) -> PeriodKey | None:
    """A statement without `date:` whose quotes name exactly one period is dated by it ("In 2010, ... merged")."""
    found = {item.key for text in (evidence, *context) for item in find_periods(text.quote, collected.lexicon.calendar)}
    return found.pop() if len(found) == 1 else None


def read_claim_free(record: Mapping, source: Source, collected: Collected, problems: list[KnowledgeProblem]) -> None:
    if source.sentence(record["sentence"]) is None:
        problems.append(
            KnowledgeProblem(
                record.path, record.line_of("sentence"), f"sentence {record['sentence']} does not exist in {source.id}"
            )
        )
        return
    collected.claim_free.append(ClaimFree(source.id, record["sentence"], record["reason"]))
