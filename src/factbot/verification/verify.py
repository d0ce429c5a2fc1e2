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

import json
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from factbot.knowledge.loader import LEXICON_FILE, load_knowledge
from factbot.knowledge.model import Entity, Evidence, Fact, Knowledge, Statement
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT, format_value
from factbot.knowledge.text import Normaliser, fold_word
from factbot.knowledge.yamlfile import KnowledgeError

FAILURE, WARNING, OK = "failure", "warning", "ok"
_LEVELS = (FAILURE, WARNING, OK)
_QUANTITY = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\w)(?:\s*(%|[^\W\d_]+))?")
_PERCENT_WORDS = ("%", "percent")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*|\S")
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
_DECLARED_ID = re.compile(r"(?:^|[{,\s])id:\s*[\"']?([^\s,}\"']+)")


@dataclass(frozen=True)
class Finding:
    """One verdict of verify, located so a curator can go straight to it."""

    level: str
    where: str
    message: str


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


@dataclass(frozen=True)
class Quantity:
    """A number as a text writes it: its value, and the place value of its last digit."""

    value: Decimal
    text: str
    step: Decimal
    percent: bool
    scaled: bool
    start: int
    end: int

    @property
    def plain(self) -> bool:
        """A bare whole number such as a year, a sentence number or a list marker."""
        return not (self.scaled or self.percent or "," in self.text or "." in self.text)

    @property
    def is_year(self) -> bool:
        return self.plain and 1900 <= self.value <= 2100


def find_quantities(text: str, scale_words: dict[str, Decimal]) -> tuple[Quantity, ...]:
    """Every number written in digits, scaled by a following scale word ("4.1 million")."""
    found = []
    for match in _QUANTITY.finditer(text):
        whole, fraction, suffix = match.groups()
        value = Decimal(whole.replace(",", "") + (fraction or ""))
        step = Decimal(1).scaleb(-(len(fraction) - 1 if fraction else 0))
        word = (suffix or "").casefold()
        scale = scale_words.get(word)
        percent = word in _PERCENT_WORDS
        end = match.end() if scale is not None or percent else match.end(2 if fraction else 1)
        if scale is not None:
            value, step = value * scale, step * scale
        found.append(Quantity(value, text[match.start() : end], step, percent, scale is not None, match.start(), end))
    return tuple(found)


def stated_numbers(text: str, knowledge: Knowledge, normaliser: Normaliser) -> set[Decimal]:
    """The numbers a text states, in digits or in the lexicon's number words."""
    numbers = {quantity.value for quantity in find_quantities(text, knowledge.lexicon.scale_words)}
    words = normaliser.tokens(text)
    return numbers | {Decimal(token.text) for token in words if token.is_number and not token.surface[:1].isdigit()}


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
        knowledge = load_knowledge(directory)
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
        *_lint_totals(knowledge),
        *_lint_counts(knowledge, normaliser),
    ]
    coverage, uncovered = _coverage(knowledge)
    return VerifyReport(tuple(findings + uncovered), coverage)


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
    """Each quote is verbatim in its sentence, and each sentence is the source text at its offsets."""
    for where, evidence in _all_evidence(knowledge):
        source = knowledge.sources.get(evidence.source)
        sentence = source.sentence(evidence.sentence) if source else None
        if source is None or sentence is None:
            yield Finding(FAILURE, where, f"sentence {evidence.sentence} of {evidence.source!r} does not exist")
        elif source.text[sentence.start : sentence.end] != sentence.text:
            yield Finding(FAILURE, where, f"sentence {sentence.number} of {source.id} differs from the source text")
        elif evidence.quote not in sentence.text:
            message = f"quote is not verbatim in sentence {sentence.number} of {source.id}: {evidence.quote!r}"
            yield Finding(FAILURE, where, message)


def _check_facts(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """A fact's number must be one its quote states, and its subject and market must be named."""
    for fact in knowledge.facts:
        quoted = stated_numbers(fact.evidence.quote, knowledge, normaliser)
        written = stated_numbers(fact.value_text, knowledge, normaliser)
        number = plain_number(fact.value)
        if written and fact.value not in written:
            yield Finding(FAILURE, fact.origin, f"number {number} disagrees with the value {fact.value_text!r}")
        elif fact.value not in quoted and not written:
            message = f"value {fact.value_text!r} holds no number the lexicon can read, so {number} is unproven"
            yield Finding(WARNING, fact.origin, message)
        elif fact.value not in quoted:
            states = ", ".join(plain_number(item) for item in sorted(quoted)) or "no number"
            message = f"number {number} ({fact.value_text!r}) is not in the quote, which states {states}"
            yield Finding(FAILURE, fact.origin, message)
        quotes = [fact.evidence.quote, *(evidence.quote for evidence in fact.context)]
        for role, entity_id in (("subject", fact.subject), ("market", fact.market)):
            entity = knowledge.entities.get(entity_id or "")
            if entity is not None and not mentions(entity, quotes, normaliser):
                message = f"{role} {entity.id!r} is named by none of its aliases in the quote or context: {quotes[0]!r}"
                yield Finding(FAILURE, fact.origin, message)


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
        used.update(item for item in (fact.subject, fact.market, fact.measure, fact.period) if item)
    for statement in knowledge.statements:
        used.update(statement.about)
    for entity in knowledge.entities.values():
        used.update((*entity.members, *entity.planned_members, *((entity.led_by,) if entity.led_by else ())))
        notes += [note.text for note in entity.notes]
    for entity in knowledge.entities.values():
        if entity.id not in used and not mentions(entity, notes, normaliser):
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


def _member_facts(knowledge: Knowledge, total: Fact, group: Entity) -> list[Fact] | None:
    """One fact per member for the total's measure: same period and market, else linked by a cited sentence."""
    linked = {(evidence.source, evidence.sentence) for evidence in (total.evidence, *total.context)}
    parts = []
    for member in group.members:
        same = [fact for fact in knowledge.facts if fact.subject == member and fact.measure == total.measure]
        exact = [fact for fact in same if (fact.period, fact.market) == (total.period, total.market)]
        near = exact or [fact for fact in same if (fact.evidence.source, fact.evidence.sentence) in linked]
        if len(near) != 1:
            return None
        parts.append(near[0])
    return parts


def _lint_totals(knowledge: Knowledge) -> Iterator[Finding]:
    """A group's total should equal the sum of its members' figures, to the precision the total is written in.

    Percentages and ranks are skipped: shares of different bases and ranks do not add.
    """
    for total in knowledge.facts:
        group = knowledge.entities.get(total.subject)
        measure = knowledge.measures.get(total.measure)
        if group is None or not group.members or measure is None or measure.unit in (PERCENT_UNIT, RANK_UNIT):
            continue
        parts = _member_facts(knowledge, total, group)
        if not parts:
            continue
        added = sum((part.value for part in parts), Decimal(0))
        written = find_quantities(total.value_text, knowledge.lexicon.scale_words)
        tolerance = written[0].step / 2 if written else Decimal(0)
        sum_text = " + ".join(part.value_text for part in parts)
        if abs(added - total.value) <= tolerance:
            yield Finding(OK, total.origin, f"{sum_text} = {total.value_text} holds ({group.name})")
        else:
            message = f"{sum_text} = {format_value(added, measure.unit)}, but the text gives {total.value_text}"
            yield Finding(WARNING, total.origin, f"total does not hold for {group.name}: {message}")


def _lint_counts(knowledge: Knowledge, normaliser: Normaliser) -> Iterator[Finding]:
    """A count the text states ("these five automakers") should match the members it lists."""
    units = [normaliser.words(measure.unit) for measure in knowledge.measures.values()]
    aliases = [normaliser.words(alias) for measure in knowledge.measures.values() for alias in measure.aliases]
    measure_words = {word for words in units for word in words} | {words[0] for words in aliases if len(words) == 1}
    for group in knowledge.entities.values():
        if not group.members:
            continue
        cited = {(item.source, item.sentence) for item in group.evidence}
        cited |= {(item.source, item.sentence) for note in group.notes for item in note.evidence}
        allowed = {len(group.members), len(group.members) + len(group.planned_members)}
        names = ", ".join(knowledge.entities[item].name for item in group.members if item in knowledge.entities)
        for source_id, number in sorted(cited):
            source = knowledge.sources.get(source_id)
            sentence = source.sentence(number) if source else None
            if sentence is None:
                continue
            for count, phrase in _stated_counts(sentence.text, knowledge, normaliser, measure_words):
                where = f"{source_id}:{number}"
                if count in allowed:
                    yield Finding(OK, where, f"{group.name}: {phrase!r} matches the {count} members listed")
                    continue
                message = f"{group.name}: the text says {phrase!r} ({count}), but lists {len(group.members)} members"
                yield Finding(WARNING, where, f"count does not hold: {message}: {names}")


def _stated_counts(
    text: str, knowledge: Knowledge, normaliser: Normaliser, measure_words: set[str]
) -> Iterator[tuple[int, str]]:
    """Cardinal numbers standing directly before a plural noun that is not a measure's unit ("five automakers")."""
    words = [match.group() for match in _WORD.finditer(text)]
    for first, second in pairwise(words):
        read = normaliser.words(first)
        if len(read) != 1 or not read[0].isdigit() or not second[:1].isalpha():
            continue
        digits = first[:1].isdigit()
        if (digits and 1900 <= int(read[0]) <= 2100) or (not digits and first.casefold().endswith(_ORDINAL_ENDINGS)):
            continue  # a year, or an ordinal ("second"): neither counts members
        lowered = second.casefold()
        plural = lowered.endswith("s") and not lowered.endswith("'s") and fold_word(lowered) != lowered
        folded = normaliser.words(second)
        if plural and fold_word(lowered) not in knowledge.lexicon.scale_words and not set(folded) & measure_words:
            yield int(read[0]), f"{first} {second}"


def render_text(report: VerifyReport) -> str:
    """A human report: failures first, then warnings, then what was proven, then coverage."""
    lines = []
    for level in _LEVELS:
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
    data = {
        "ok": report.exit_code == 0,
        "exit_code": report.exit_code,
        "summary": {level: report.count(level) for level in _LEVELS},
        "coverage": [
            {"source": source, "covered": covered, "total": total, "share": round(covered / total, 4) if total else 1.0}
            for source, covered, total in report.coverage
        ],
        "findings": [
            {"level": finding.level, "where": finding.where, "message": finding.message} for finding in report.findings
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
