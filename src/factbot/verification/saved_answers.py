"""Re-checking answers already given (the JSONL that `factbot batch --format jsonl` writes).

An answer is only as trustworthy as its citations and its arithmetic. Answers get
stored, copied and edited, and the knowledge they came from moves on; so each one is
re-read against the sources as shipped: every citation must still be the source
text at its offsets, and every figure in the answer must be one a cited sentence
states or one the working shown derives from such figures, with the arithmetic
redone to the precision shown. Nothing here trusts the engine that wrote the answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeAlias

from factbot.knowledge.figures import figures_in
from factbot.knowledge.model import Knowledge, Lexicon
from factbot.knowledge.quantities import Quantity
from factbot.knowledge.sources import as_read
from factbot.knowledge.text import Normaliser
from factbot.sanitize import json_text
from factbot.verification.verify import (
    contains_words,
    mentions,
    plain_number,
    stated_numbers,
)

ANSWERED = "answered"
MAX_NAME_CHARS = 200
_OPERATOR = re.compile(r"[+\-−–×*÷/()]|(?<!\w)[xX](?!\w)")
_OPERATORS = {"+": "+", "-": "-", "−": "-", "–": "-", "×": "*", "*": "*", "x": "*", "X": "*", "÷": "/", "/": "/"}
_SENTENCE_REFERENCE = re.compile(r"(?:\bsentences?\s+(?:\d+\s*(?:,|and|&|-|–)\s*)*|[:#\[]\s*)$", re.IGNORECASE)
_LIST_MARKER_BEFORE = re.compile(r"(?:^|\n|[:;,]\s)\s*$")
_HUNDRED = Decimal(100)

Node: TypeAlias = "Quantity | tuple[str, Node] | tuple[str, Node, Node]"


@dataclass(frozen=True)
class AnswerVerdict:
    """The verdict on one JSONL record: `problems` says what no longer holds (empty when ok)."""

    id: str
    ok: bool
    problems: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class AnswersReport:
    """Verdicts for every record read, in input order."""

    verdicts: tuple[AnswerVerdict, ...]

    @property
    def failed(self) -> int:
        return sum(1 for verdict in self.verdicts if not verdict.ok)

    @property
    def exit_code(self) -> int:
        """1 when any record fails, so a pipeline stops on a stale or tampered answer."""
        return 1 if self.failed else 0


class _Unreadable(ValueError):
    """A working line whose arithmetic cannot be parsed."""


def verify_answer_lines(knowledge: Knowledge, lines: Iterable[str]) -> AnswersReport:
    """Check every non-blank JSONL line; a malformed line fails on its own instead of stopping the run."""
    verdicts = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line.lstrip("\ufeff"), parse_constant=_no_constant)
        except json.JSONDecodeError as error:
            problem = f"line {number} is not valid JSON: {error.msg} at column {error.colno}"
            verdicts.append(AnswerVerdict(f"line {number}", False, (problem,), number))
            continue
        except (ValueError, RecursionError) as error:  # 5,000-digit numbers, NaN, nesting 200,000 deep
            reason = "it is nested too deeply" if isinstance(error, RecursionError) else str(error).split(":")[0]
            verdicts.append(
                AnswerVerdict(f"line {number}", False, (f"line {number} is not valid JSON: {reason}",), number)
            )
            continue
        name = _name(record, number)
        try:
            problems = verify_answer(knowledge, record)
        except Exception as error:  # a defect must cost one record, never the rest of the run
            problems = (f"internal error while checking this record: {type(error).__name__}",)
        verdicts.append(AnswerVerdict(name, not problems, problems, number))
    return AnswersReport(tuple(verdicts))


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _name(record: object, number: int) -> str:
    """How a verdict names its record: its id when it has a short one, else its line."""
    ident = record.get("id") if isinstance(record, dict) else None
    if isinstance(ident, bool) or not isinstance(ident, str | int | float) or ident == "":
        return f"line {number}"
    name = ident if isinstance(ident, str) else f"{ident:.20g}" if isinstance(ident, float) else str(ident)
    return name if len(name) <= MAX_NAME_CHARS else f"{name[:MAX_NAME_CHARS]}… (line {number})"


def verify_answer(knowledge: Knowledge, record: object) -> tuple[str, ...]:
    """What no longer holds about one answer record (as `json.loads` gives it); empty means it checks out."""
    if not isinstance(record, dict):
        return ("the record is not a JSON object",)
    problems: list[str] = []
    citations = record.get("citations")
    if not isinstance(citations, list):
        return ("field 'citations' must be a list",)
    quotes: list[str] = []
    sentences: set[int] = set()
    for index, citation in enumerate(citations, 1):
        found = _check_citation(knowledge, citation)
        problems += [f"citation {index}: {problem}" for problem in found]
        if not found:
            quotes.append(citation["quote"])
            sentences.add(citation["sentence"])
    status = record.get("status")
    if not isinstance(status, str):
        problems.append("field 'status' must be text")
    if status != ANSWERED:
        return tuple(problems)
    answer, working = record.get("answer"), record.get("working", [])
    if not isinstance(answer, str):
        return (*problems, "field 'answer' must be text")
    if not isinstance(working, list) or not all(isinstance(line, str) for line in working):
        return (*problems, "field 'working' must be a list of text")
    if not citations:
        problems.append("an answered record must cite at least one sentence")
    problems += _check_figures(knowledge, answer, working, quotes, sentences)
    return tuple(problems)


def _check_citation(knowledge: Knowledge, citation: Any) -> list[str]:
    """A citation must name a real sentence and its quote must be the source text at its offsets, inside it."""
    if not isinstance(citation, dict):
        return ["must be an object with source, sentence, quote, start and end"]
    source_id, number, quote = citation.get("source"), citation.get("sentence"), citation.get("quote")
    start, end = citation.get("start"), citation.get("end")
    if not isinstance(source_id, str) or not isinstance(quote, str):
        return ["'source' and 'quote' must be text"]
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in (number, start, end)):
        return ["'sentence', 'start' and 'end' must be whole numbers"]
    assert isinstance(number, int) and isinstance(start, int) and isinstance(end, int)  # narrowed above
    source = knowledge.sources.get(source_id)
    if source is None:
        return [f"unknown source {source_id!r}"]
    sentence = source.sentence(number)
    if sentence is None:
        return [f"sentence {number} does not exist: {source_id} has {len(source.sentences)} sentences"]
    problems = []
    actual = as_read(source.text[start:end]) if 0 <= start <= end else ""
    if actual != quote:
        at = source.text.find(quote)
        hint = f"; the quote is at {at}-{at + len(quote)}" if at >= 0 else "; the quote is not in the source"
        problems.append(f"quote differs from {source_id} at {start}-{end}, which reads {actual!r}{hint}")
    if not sentence.start <= start <= end <= sentence.end:
        span = f"{sentence.start}-{sentence.end}"
        problems.append(f"offsets {start}-{end} are outside sentence {number} of {source_id} ({span})")
    return problems


def _check_figures(
    knowledge: Knowledge, answer: str, working: Sequence[str], quotes: Sequence[str], sentences: set[int]
) -> list[str]:
    """Every figure must be quoted, or be an operand or result of working that holds on quoted figures."""
    normaliser = Normaliser(knowledge.lexicon)
    allowed: set[Decimal] = set()
    for quote in quotes:
        allowed |= stated_numbers(quote, knowledge)
    problems = []
    for index, line in enumerate(working, 1):
        found, derived = _check_working(line, knowledge, allowed)
        problems += [f"working line {index} ({line!r}): {problem}" for problem in found]
        if not found:
            allowed |= derived
    ignored = _period_numbers(knowledge, normaliser, quotes) | _group_counts(knowledge, normaliser, answer)
    for figure in (item for item in figures_in(answer, knowledge.lexicon) if not item.spelled):
        if figure.value in allowed or (figure.plain and figure.value in ignored):
            continue
        before = answer[: figure.start]
        if figure.plain and figure.value in sentences and _SENTENCE_REFERENCE.search(before):
            continue  # "sentence 11", "automakers-alliance:11": a reference, not a figure
        if figure.plain and answer[figure.end : figure.end + 2] == ". " and _LIST_MARKER_BEFORE.search(before):
            continue  # "1. Honda": a list marker
        problems.append(f"figure {figure.text!r} is in no cited quote and follows from no working shown")
    return problems


def _check_working(line: str, knowledge: Knowledge, allowed: set[Decimal]) -> tuple[list[str], set[Decimal]]:
    """Problems with one working line, and the figures it makes available when it holds."""
    parts = line.split("=")
    if len(parts) < 2:
        return [], set()  # a remark, not arithmetic
    lexicon = knowledge.lexicon
    try:
        tree = _parse(_tokens(parts[0], lexicon))
        computed = _evaluate(tree)
    except _Unreadable as error:
        return [f"cannot read the arithmetic: {error}"], set()
    except ArithmeticError:
        return ["the arithmetic is undefined (division by zero?)"], set()
    except RecursionError:
        return ["cannot read the arithmetic: it is nested too deeply"], set()
    exempt = _exempt_operands(tree)
    problems = [
        f"uses {leaf.text!r}, which no cited quote states"
        for leaf in _leaves(tree)
        if leaf.value not in allowed and all(leaf is not item for item in exempt)
    ]
    derived = {leaf.value for leaf in exempt}
    for part in parts[1:]:
        shown = figures_in(part, lexicon)
        if not shown:
            problems.append(f"no result after '=' in {part.strip()!r}")
            continue
        result = shown[0]
        sign = -1 if result.value >= 0 and part.strip().startswith(("-", "−", "–")) else 1
        candidates = [computed, computed * _HUNDRED] if result.percent else [computed]
        if not any(abs(value - sign * result.value) <= result.step / 2 for value in candidates):
            problems.append(f"{result.text!r} does not follow: the operands give {plain_number(round(computed, 4))}")
        derived |= {result.value, abs(result.value)}  # "fell by 7.7 points" states the size of -7.7
    return problems, derived


def _tokens(text: str, lexicon: Lexicon) -> list[Quantity | str]:
    """Quantities and operators in order; words ("more than") around the quantities are skipped."""
    tokens: list[Quantity | str] = []
    cursor = 0
    for quantity in (*figures_in(text, lexicon), None):
        gap = text[cursor : quantity.start if quantity else len(text)]
        tokens += [_OPERATORS.get(match.group(), match.group()) for match in _OPERATOR.finditer(gap)]
        if quantity is not None:
            tokens.append(quantity)
            cursor = quantity.end
    return tokens


def _parse(tokens: list[Quantity | str]) -> Node:
    """Recursive descent over + - * / and brackets, with the usual precedence."""
    if not tokens:
        raise _Unreadable("no numbers before '='")
    parser = _Parser(tokens)
    tree = parser.expression()
    if parser.position != len(tokens):
        raise _Unreadable(f"unexpected {tokens[parser.position]!r}")
    return tree


class _Parser:
    def __init__(self, tokens: list[Quantity | str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> Quantity | str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> Quantity | str:
        if self.position >= len(self.tokens):
            raise _Unreadable("it ends too early")
        self.position += 1
        return self.tokens[self.position - 1]

    def expression(self) -> Node:
        node = self.term()
        while self.peek() in ("+", "-"):
            node = (str(self.take()), node, self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while self.peek() in ("*", "/"):
            node = (str(self.take()), node, self.factor())
        return node

    def factor(self) -> Node:
        token = self.take()
        if isinstance(token, Quantity):
            return token
        if token == "-":
            return ("neg", self.factor())
        if token == "(":
            node = self.expression()
            if self.take() != ")":
                raise _Unreadable("a bracket is not closed")
            return node
        raise _Unreadable(f"unexpected {token!r}")


def _evaluate(node: Node) -> Decimal:
    if isinstance(node, Quantity):
        return node.value
    if len(node) == 2:
        return -_evaluate(node[1])
    operator, left, right = node[0], _evaluate(node[1]), _evaluate(node[2])
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    return left * right if operator == "*" else left / right


def _leaves(node: Node) -> list[Quantity]:
    if isinstance(node, Quantity):
        return [node]
    return [leaf for child in node[1:] for leaf in _leaves(child)]


def _terms(node: Node) -> int:
    """How many terms a sum adds up: (a + b + c) has three."""
    if isinstance(node, tuple) and node[0] == "+" and len(node) == 3:
        return _terms(node[1]) + _terms(node[2])
    return 1


def _exempt_operands(node: Node) -> list[Quantity]:
    """Operands no quote needs to state: the count dividing an average, and x100 for a percentage."""
    if isinstance(node, Quantity) or len(node) == 2:
        return [] if isinstance(node, Quantity) else _exempt_operands(node[1])
    operator, left, right = node
    exempt = _exempt_operands(left) + _exempt_operands(right)
    terms = _terms(left)
    if operator == "/" and isinstance(right, Quantity) and right.plain and terms > 1 and right.value == terms:
        exempt.append(right)
    if operator == "*":
        exempt += [
            item for item in (left, right) if isinstance(item, Quantity) and item.plain and item.value == _HUNDRED
        ]
    return exempt


def _period_numbers(knowledge: Knowledge, normaliser: Normaliser, quotes: Sequence[str]) -> set[Decimal]:
    """Numbers inside the label of a period that a cited quote names ("the first of the past three years")."""
    quoted = [normaliser.words(quote) for quote in quotes]
    numbers: set[Decimal] = set()
    for period in knowledge.periods.values():
        for phrase in (period.label, *period.aliases):
            if any(contains_words(words, normaliser.words(phrase)) for words in quoted):
                numbers |= {item.value for item in figures_in(phrase, knowledge.lexicon)}
    return numbers


def _group_counts(knowledge: Knowledge, normaliser: Normaliser, answer: str) -> set[Decimal]:
    """A group's member count follows from the names an answer lists, when it names the group and all members."""
    counts: set[Decimal] = set()
    for group in knowledge.entities.values():
        members = [knowledge.entities.get(member) for member in group.members]
        named = all(member is not None and mentions(member, [answer], normaliser) for member in members)
        if group.members and named and mentions(group, [answer], normaliser):
            counts |= {Decimal(len(group.members)), Decimal(len(group.members) + len(group.planned_members))}
    return counts


def render_text(report: AnswersReport) -> str:
    """One line per record, its problems indented below, then a summary."""
    lines = []
    for verdict in report.verdicts:
        lines.append(f"{'ok' if verdict.ok else 'FAILED':<7} {verdict.id}")
        lines += [f"        - {problem}" for problem in verdict.problems]
    total = len(report.verdicts)
    lines.append(f"answers: {total} checked, {total - report.failed} ok, {report.failed} failed")
    return "\n".join(lines) + "\n"


def render_json(report: AnswersReport) -> str:
    """The same verdicts for tools."""
    total = len(report.verdicts)
    data = {
        "ok": report.exit_code == 0,
        "exit_code": report.exit_code,
        "summary": {"records": total, "ok": total - report.failed, "failed": report.failed},
        "verdicts": [
            {"id": item.id, "line": item.line, "ok": item.ok, "problems": list(item.problems)}
            for item in report.verdicts
        ],
    }
    return json_text(data, indent=2) + "\n"
