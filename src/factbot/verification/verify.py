"""`factbot verify`: prove the curated knowledge against its verbatim sources.

The loader already refuses knowledge it cannot use (bad shapes, dangling ids,
quotes missing from their sentence). Verify goes further and checks what the
records *claim*: that every number a fact states is a number its quote states,
that every entity it names is named there, that every sentence of a source is
accounted for, and that the source agrees with itself (totals against their
parts, counts against the names listed). Everything is derived from the records
and the lexicon, so a second source needs no change here.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from factbot.knowledge.figures import figures_in
from factbot.knowledge.loader import LEXICON_FILE, load_knowledge
from factbot.knowledge.model import Entity, Evidence, Fact, Knowledge, Statement
from factbot.knowledge.sources import as_read
from factbot.knowledge.text import Normaliser
from factbot.knowledge.yamlfile import KnowledgeError
from factbot.sanitize import json_text
from factbot.verification.findings import FAILURE, LEVELS, OK, WARNING, Finding
from factbot.verification.lints import lint_knowledge
from factbot.verification.ratio_shares import ratio_percent_matches

_DECLARED_ID = re.compile(r"(?:^|[{,\s])id:\s*[\"']?([^\s,}\"']+)")


@dataclass(frozen=True)
class VerifyReport:
    """All findings of one run, plus how much of each source the records cover."""

    findings: tuple[Finding, ...]
    coverage: tuple[tuple[str, int, int], ...] = ()

    def count(self, level: str) -> int:
        return sum(1 for finding in self.findings if finding.level == level)

    @property
    def exit_code(self) -> int:
        """1 when anything failed; warnings alone do not fail a build."""
        return 1 if self.count(FAILURE) else 0


def stated_numbers(text: str, knowledge: Knowledge) -> set[Decimal]:
    """The numbers a text states, in digits or number words, unsigned (a fall is written "fell 2.6")."""
    found = figures_in(text, knowledge.lexicon)
    return {abs(quantity.value) for quantity in found} | {quantity.high for quantity in found if quantity.high}


def plain_number(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros, for messages: 4100000.0 -> "4100000"."""
    return f"{value.normalize():f}"


def contains_words(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    """True when `needle` occurs contiguously in `haystack` (token tuples from the Normaliser)."""
    size = len(needle)
    return size > 0 and any(haystack[index : index + size] == needle for index in range(len(haystack) - size + 1))


def mentions(entity: Entity, texts: Iterable[str], normaliser: Normaliser) -> bool:
    """Whether any text names the entity by one of its aliases, compared as normalised words."""
    aliases = [normaliser.words(alias) for alias in entity.aliases]
    return any(contains_words(normaliser.words(text), alias) for text in texts for alias in aliases)


def verify_folder(directory: Path) -> VerifyReport:
    """Load and verify a knowledge folder; a folder the loader refuses yields its problems as failures."""
    try:
        knowledge = load_knowledge(directory, merge=False)
    except KnowledgeError as error:
        problems = error.problems
        return VerifyReport(tuple(Finding(FAILURE, f"{item.path}:{item.line}", item.message) for item in problems))
    return verify_knowledge(knowledge, _declared_lines(directory))


def verify_knowledge(knowledge: Knowledge, declared: dict[str, str] | None = None) -> VerifyReport:
    """Run every check on loaded knowledge; `declared` maps ids to `path:line` for records without an origin."""
    normaliser = Normaliser(knowledge.lexicon)
    findings = [
        *_check_ids(knowledge),
        *_check_all_evidence(knowledge),
        *_check_facts(knowledge, normaliser),
        *_check_statements(knowledge, normaliser),
        *_check_orphans(knowledge, normaliser, declared or {}),
        *_located(lint_knowledge(knowledge, normaliser), declared or {}),
    ]
    coverage, uncovered = _coverage(knowledge)
    return VerifyReport(tuple(findings + uncovered), coverage)


def _located(findings: Iterable[Finding], declared: dict[str, str]) -> Iterator[Finding]:
    """A record with no origin of its own (a measure) is reported at the line declaring it, not by its bare id."""
    for finding in findings:
        yield replace(finding, where=declared[finding.where]) if finding.where in declared else finding


def _declared_lines(directory: Path) -> dict[str, str]:
    """Where each id is declared, for records (measures, periods) that carry no origin of their own."""
    lines: dict[str, str] = {}
    for path in (path for path in sorted(directory.glob("*.yaml")) if path.name != LEXICON_FILE):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in _DECLARED_ID.finditer(line):
                lines.setdefault(match.group(1), f"{path}:{number}")
    return lines


def _all_evidence(knowledge: Knowledge) -> Iterator[tuple[str, Evidence]]:
    """Every quote any record rests on, with the record's location."""
    for fact in knowledge.facts:
        yield from ((fact.origin or fact.id, evidence) for evidence in (fact.evidence, *fact.context))
    for statement in knowledge.statements:
        yield from ((statement.origin or statement.id, evidence) for evidence in statement.evidence)
    for entity in knowledge.entities.values():
        noted = (item for note in entity.notes for item in note.evidence)
        yield from ((entity.origin or entity.id, evidence) for evidence in (*entity.evidence, *noted))


def _check_ids(knowledge: Knowledge) -> Iterator[Finding]:
    """Unique ids and resolving references; the loader enforces both, but knowledge may be built by hand."""
    seen = {*knowledge.sources, *knowledge.entities, *knowledge.measures, *knowledge.periods}
    records: list[Fact | Statement] = [*knowledge.facts, *knowledge.statements]
    for record in records:
        if record.id in seen:
            yield Finding(FAILURE, record.origin or record.id, f"duplicate id {record.id!r}; ids must be unique")
        seen.add(record.id)
    entities = knowledge.entities
    references: list[tuple[str, str, str | None, Container[str]]] = []
    tables: dict[str, Container[str]] = dict(subject=entities, market=entities, measure=knowledge.measures)
    tables["period"] = knowledge.periods
    for fact in knowledge.facts:
        keys = (("subject", fact.subject), ("market", fact.market), ("measure", fact.measure), ("period", fact.period))
        references += [(fact.origin, key, value, tables[key]) for key, value in keys]
    for statement in knowledge.statements:
        references += [(statement.origin, "about", entity, entities) for entity in statement.about]
    for group in entities.values():
        members = (*group.members, *group.planned_members, group.led_by)
        references += [(group.origin, "member or leader", member, entities) for member in members]
    for where, key, value, known in references:
        if value is not None and value not in known:
            yield Finding(FAILURE, where, f"{key} {value!r} refers to nothing declared")


def _check_all_evidence(knowledge: Knowledge) -> Iterator[Finding]:
    """Each quote is verbatim in its sentence, and each sentence is the source text at its offsets (as read)."""
    for where, evidence in _all_evidence(knowledge):
        source = knowledge.sources.get(evidence.source)
        sentence = source.sentence(evidence.sentence) if source else None
        if source is None or sentence is None:
            yield Finding(FAILURE, where, f"sentence {evidence.sentence} of {evidence.source!r} does not exist")
        elif as_read(source.text[sentence.start : sentence.end]) != sentence.text:
            yield Finding(FAILURE, where, f"sentence {sentence.number} of {source.id} differs from the source text")
        elif evidence.quote not in sentence.text:
            message = f"quote is not verbatim in sentence {sentence.number} of {source.id}: {evidence.quote!r}"
            yield Finding(FAILURE, where, message)
        elif evidence.written is not None:
            message = f"the quote {evidence.quote!r} is not in sentence {evidence.written} of {source.id} but in "
            yield Finding(WARNING, where, message + f"sentence {sentence.number}: write `sentence: {sentence.number}`")


def _check_facts(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """A fact's number must be one its quote states, and its subject and market must be named."""
    for fact in knowledge.facts:
        quoted = {number * fact.scale for number in stated_numbers(fact.evidence.quote, knowledge)}
        written = stated_numbers(fact.value_text, knowledge)
        number = plain_number(abs(fact.value))
        unit = knowledge.measures[fact.measure].unit if fact.measure in knowledge.measures else ""
        ratio = ratio_percent_matches(fact.value_text, abs(fact.value), unit, knowledge.lexicon)
        if written and abs(fact.value) not in written and not ratio:
            reads = " or ".join(plain_number(item) for item in sorted(written))
            message = f"`number: {number}` differs from the value {fact.value_text!r}, which reads as {reads}; "
            yield Finding(FAILURE, fact.origin, message + "correct `number:`, or drop it: the value is read itself")
        elif ratio:
            yield Finding(OK, fact.origin, f"value {fact.value_text!r} is {number} percent (`number:`)")
        elif fact.counted:
            yield Finding(OK, fact.origin, f"value {fact.value_text!r} counts {number} (`number:`)")
        elif abs(fact.value) not in quoted and not written:
            message = f"value {fact.value_text!r} holds no number the lexicon can read, so {number} is unproven"
            yield Finding(WARNING, fact.origin, message)
        elif abs(fact.value) not in quoted:
            states = ", ".join(plain_number(item) for item in sorted(quoted)) or "no number"
            message = f"number {number} ({fact.value_text!r}) is not in the quote, which states {states}"
            yield Finding(FAILURE, fact.origin, message)
        quotes = [*_sentences_of(knowledge, (fact.evidence, *fact.context))]
        for role, entity_id in (("subject", fact.subject), ("market", fact.market)):
            entity = knowledge.entities.get(entity_id or "")
            if entity is not None and not mentions(entity, quotes, normaliser):
                message = f"{role} {entity.id!r} is named by none of its aliases in the sentence or context: "
                yield Finding(FAILURE, fact.origin, message + repr(fact.evidence.quote))


def _sentences_of(knowledge: Knowledge, evidence: Iterable[Evidence]) -> Iterator[str]:
    """The whole sentences some evidence stands in: an answer cites them whole, so they may name the subject."""
    for item in evidence:
        source = knowledge.sources.get(item.source)
        sentence = source.sentence(item.sentence) if source else None
        yield sentence.text if sentence else item.quote


def _check_statements(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """Statements paraphrase, so an unnamed `about` entity is only a warning."""
    for statement in knowledge.statements:
        about = [knowledge.entities[item] for item in statement.about if item in knowledge.entities]
        quotes = [evidence.quote for evidence in statement.evidence]
        if about and not any(mentions(entity, quotes, normaliser) for entity in about):
            named = ", ".join(entity.id for entity in about)
            message = f"none of its about-entities ({named}) is named in the quote {quotes[0]!r}"
            yield Finding(WARNING, statement.origin or statement.id, message)


def _check_orphans(knowledge: Knowledge, normaliser: Normaliser, declared: dict[str, str]) -> Iterator[Finding]:
    """Declared but unused records are dead weight or a forgotten fact: warn."""
    used: set[str] = set()
    notes = [fact.note for fact in knowledge.facts if fact.note]
    for fact in knowledge.facts:
        used.update(item for item in (fact.subject, fact.market, fact.measure, fact.period, fact.since) if item)
    for statement in knowledge.statements:
        used.update((*statement.about, *statement.people, *((statement.place,) if statement.place else ())))
    for entity in knowledge.entities.values():
        # a group with members is used: its totals, extremes and member lists are computed from them
        members = (*entity.members, *entity.planned_members)
        used.update((*members, *((entity.led_by,) if entity.led_by else ()), *((entity.id,) if members else ())))
        notes += [note.text for note in entity.notes]
    for entity in knowledge.entities.values():
        if entity.id not in used and not entity.description and not mentions(entity, notes, normaliser):
            where = entity.origin or declared.get(entity.id, entity.id)
            yield Finding(WARNING, where, f"entity {entity.id!r} is used by no fact, statement, group or note")
    for kind, table in (("measure", knowledge.measures), ("period", knowledge.periods)):
        for record_id in table:
            if record_id not in used:
                yield Finding(WARNING, declared.get(record_id, record_id), f"{kind} {record_id!r} is used by no fact")


def _coverage(knowledge: Knowledge) -> tuple[tuple[tuple[str, int, int], ...], list[Finding]]:
    """Every sentence must carry a record or a claim_free reason, else a claim went uncurated."""
    covered: dict[str, set[int]] = {source_id: set() for source_id in knowledge.sources}
    for _, evidence in _all_evidence(knowledge):
        covered.setdefault(evidence.source, set()).add(evidence.sentence)
    for item in knowledge.claim_free:
        covered.setdefault(item.source, set()).add(item.sentence)
    shares, findings = [], []
    for source_id, source in sorted(knowledge.sources.items()):
        for sentence in source.sentences:
            if sentence.number not in covered[source_id]:
                message = f"no record cites this sentence and it is not claim_free: {sentence.text!r}"
                findings.append(Finding(FAILURE, f"{source_id}:{sentence.number}", message))
        numbers = {sentence.number for sentence in source.sentences}
        shares.append((source_id, len(covered[source_id] & numbers), len(numbers)))
    return tuple(shares), findings


def render_text(report: VerifyReport) -> str:
    """A human report: failures first, then warnings, then what was proven, then coverage."""
    lines = []
    for level in LEVELS:
        for finding in report.findings:
            if finding.level == level:
                lines.append(f"{level.upper():<8} {finding.where}: {finding.message}")
    for source_id, covered, total in report.coverage:
        share = 100 * covered / total if total else 100.0
        lines.append(f"COVERAGE {source_id}: {covered}/{total} sentences curated ({share:.0f}%)")
    failures, warnings = report.count(FAILURE), report.count(WARNING)
    verdict = "FAILED" if failures else ("passed with warnings" if warnings else "passed")
    lines.append(f"verify {verdict}: {failures} failure(s), {warnings} warning(s), {report.count(OK)} check(s) ok")
    return "\n".join(lines) + "\n"


def render_json(report: VerifyReport) -> str:
    """The same report for tools: stable keys, findings in run order."""
    return json_text(report_data(report), indent=2) + "\n"


def report_data(report: VerifyReport) -> dict[str, object]:
    """The JSON report as data, so a caller can add to it (`verify --probe` adds a `probe` key)."""
    return {
        "ok": report.exit_code == 0,
        "exit_code": report.exit_code,
        "summary": {level: report.count(level) for level in LEVELS},
        "coverage": [
            {"source": source, "covered": covered, "total": total, "share": round(covered / total, 4) if total else 1.0}
            for source, covered, total in report.coverage
        ],
        "findings": [
            {"level": finding.level, "where": finding.where, "message": finding.message} for finding in report.findings
        ],
    }
