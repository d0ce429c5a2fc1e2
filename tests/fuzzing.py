"""Fuzz targets: each takes hypothesis-generated input and checks what must hold whatever it is.

The same targets run two ways: a short seeded run in the test suite (tests/test_fuzz.py),
and long runs from benchmarks/fuzz.py, which reports how many examples each target saw.

- engine: any question or claim gives a valid, strict-JSON record with exact citations,
  printable text output, and never an internal error;
- batch reader: any bytes give one record per item, every line strict JSON;
- claims: claims built from the knowledge's own names, measures and figures (any size);
- saved answers: mutated answer records are judged, never raise;
- knowledge: real knowledge files mutated (bytes, lines, values, YAML constructs) either
  load, and then answer without internal errors, or are refused with `file:line` problems.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from factbot import batch
from factbot.engine import INTERNAL_ERROR, Engine
from factbot.formats import RECORD_KEYS, as_csv, as_jsonl, as_markdown, as_text, record
from factbot.inputlines import read_lines
from factbot.knowledge import lexicon
from factbot.knowledge.yamlfile import KnowledgeError
from factbot.results import Answer, Status
from factbot.verification.saved_answers import verify_answer_lines
from knowledge_paths import KNOWLEDGE

BUILTIN_LEXICON = Path(lexicon.__file__).with_name(lexicon.BUILTIN_FILE)

RAW_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
PROBLEM = re.compile(r"^.+:\d+: \S")
_VALUE = re.compile(r"(:\s*)([^,}\]\s][^,}\]]*)")
SAMPLE_QUESTIONS = (
    "How many EVs did Nissan sell in 2023?",
    "How many more EVs did Tesla sell than BYD in 2023?",
    "Who is in the Toyota-led alliance?",
    "Why are Japanese automakers forming alliances?",
    "What share of the alliance's sales is Mitsubishi's?",
)


def strict_json(line: str) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"{name} in the output: not strict JSON")

    return json.loads(line, parse_constant=refuse)


def check_answer(engine: Engine, question: str, answer: Answer) -> None:
    """What every answer must satisfy, whatever the question."""
    assert answer.trace.rule != INTERNAL_ERROR, (question, answer.text)
    data = record(1, question, answer, explain=True)
    assert tuple(strict_json(as_jsonl(data)))[: len(RECORD_KEYS)] == RECORD_KEYS
    assert isinstance(answer.text, str) and answer.text
    for citation in answer.citations:
        source = engine.kb.knowledge.sources[citation.source]
        assert source.text[citation.start : citation.end] == citation.quote
    for render in (as_text, as_markdown, as_csv):
        for line in render(data).split("\n"):
            assert not RAW_CONTROL.search(line), (render.__name__, line)


# --- engine ----------------------------------------------------------------------------------
def vocabulary(engine: Engine) -> list[str]:
    kb = engine.kb
    words = [alias for entity in kb.entities.values() for alias in (entity.name, *entity.aliases)]
    words += [alias for measure in kb.measures.values() for alias in (measure.name, *measure.aliases)]
    words += [alias for period in kb.periods.values() for alias in period.aliases]
    words += [cue for intent in kb.lexicon.intents for cue in intent.cues]
    words += [*sorted(kb.stopwords)[:40], "?", "'s", "%", "million", "more than", "about", "and", "than"]
    return words


def questions(engine: Engine) -> st.SearchStrategy[str]:
    """Any text, the knowledge's own words in any order, numbers of any size, and hostile characters."""
    numbers = st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=3).map(lambda value: f"{value:,}"),
        st.sampled_from(["1e999999", "NaN", "0", "0.0", "٣٤", "፩", "１２", "⒇", "½"]),
    )
    hostile = st.sampled_from(["\x1b[31m", "\x9b", "\n", "\r", "\x00", "\u202e", "\ud800", "ﷺ", "⒜", "[b]", "{value}"])
    token = st.one_of(st.sampled_from(vocabulary(engine)), numbers, hostile, st.text(max_size=8))
    salad = st.lists(token, max_size=30).map(" ".join)
    return st.one_of(st.text(max_size=300), salad, st.text(alphabet=st.characters(), min_size=1000, max_size=2100))


def engine_target(engine: Engine) -> Callable[[str], None]:
    def target(question: str) -> None:
        check_answer(engine, question, engine.ask(question))
        check_answer(engine, question, engine.check(question))

    return target


# --- claims -----------------------------------------------------------------------------------
def claims(engine: Engine) -> st.SearchStrategy[str]:
    """Claims in the shapes people write them, from the knowledge's own names and any figures."""
    kb = engine.kb
    subjects = st.sampled_from([alias for entity in kb.entities.values() for alias in entity.aliases])
    measures = st.sampled_from([alias for measure in kb.measures.values() for alias in measure.aliases])
    periods = st.sampled_from(["", *(alias for period in kb.periods.values() for alias in period.aliases)])
    qualifiers = st.sampled_from(["", "about", "more than", "under", "over", "nearly", "exactly", "at least"])
    figures = st.one_of(
        st.sampled_from([fact.value_text for fact in kb.knowledge.facts]),
        st.integers(0, 10**25).map(lambda value: f"{value:,}"),
        st.decimals(0, 10**6, places=2).map(str).map(lambda value: value + " million"),
        st.integers(0, 120).map(lambda value: f"{value}%"),
        st.integers(0, 12).map(lambda value: f"{value} members"),
    )
    shapes = st.sampled_from(
        [
            "{s} sold {q} {f} {m} {p}",
            "{s}'s {m} {p} was {q} {f}",
            "{s} has {q} {f}",
            "In {p}, {s} {m} reached {q} {f}",
            "{s} sold more {m} than {t} {p}",
            "{s} is a member of {t}",
            "Did {s} sell {q} {f} {m} {p}?",
        ]
    )
    return st.builds(
        lambda shape, s, t, m, p, q, f: shape.format(s=s, t=t, m=m, p=p, q=q, f=f),
        shapes,
        subjects,
        subjects,
        measures,
        periods,
        qualifiers,
        figures,
    )


def claim_target(engine: Engine) -> Callable[[str], None]:
    allowed = {Status.SUPPORTED, Status.REFUTED, Status.UNKNOWN, Status.ANSWERED, Status.CLARIFY}

    def target(claim: str) -> None:
        answer = engine.check(claim)
        check_answer(engine, claim, answer)
        assert answer.status in allowed, (claim, answer.text)
        if answer.status in (Status.SUPPORTED, Status.REFUTED):
            assert answer.citations, (claim, answer.text)
        check_answer(engine, claim, engine.ask(claim))

    return target


# --- batch reader -----------------------------------------------------------------------------
def batch_inputs() -> st.SearchStrategy[bytes]:
    """Byte streams like real files, broken in every way a file can be."""
    json_line = st.fixed_dictionaries(
        {},
        optional={
            "id": st.one_of(st.integers(), st.floats(), st.text(max_size=300), st.none(), st.lists(st.integers())),
            "question": st.one_of(st.text(max_size=200), st.integers(), st.none()),
        },
    ).map(lambda data: json.dumps(data).encode())
    special = st.sampled_from(
        [b"NaN", b'{"id": NaN}', b'{"id": 1e999}', b"[" * 5000, b'{"id": ' + b"9" * 5000 + b"}", b"\xef\xbb\xbf"]
    )
    line = st.one_of(st.binary(max_size=80), json_line, special, st.text(max_size=80).map(str.encode))
    ending = st.sampled_from([b"\n", b"\r\n", b"\r"])
    body = st.lists(st.tuples(line, ending).map(b"".join), max_size=12).map(b"".join)
    prefix = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])
    return st.tuples(prefix, body).map(b"".join)


def batch_target(engine: Engine) -> Callable[[bytes, str, str], None]:
    def target(data: bytes, kind: str, output_format: str) -> None:
        items = list(batch.read_items(read_lines(io.BytesIO(data)), kind))
        out = io.StringIO()
        counts = batch.run(engine, iter(items), out, output_format, False)
        assert sum(counts.values()) == len(items)
        assert counts[Status.ERROR.value] >= sum(1 for item in items if item.problem)
        if output_format == "jsonl":
            lines = out.getvalue().splitlines()
            assert len(lines) == len(items)
            for line in lines:
                assert strict_json(line)["status"] in {status.value for status in Status}
        else:
            for line in out.getvalue().split("\n"):
                assert not RAW_CONTROL.search(line)

    return target


# --- saved answers ----------------------------------------------------------------------------
def answer_records(engine: Engine) -> st.SearchStrategy[str]:
    """Real answer records, then fields replaced by anything JSON can hold."""
    good = [as_jsonl(record(index, question, engine.ask(question))) for index, question in enumerate(SAMPLE_QUESTIONS)]
    values = st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40)),
        lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children)),
        max_leaves=12,
    )
    keys = st.sampled_from(["citations", "answer", "working", "status", "id", "start", "end", "quote", "sentence"])

    def mutate(line: str, key: str, value: Any, deep: bool) -> str:
        data = json.loads(line)
        if deep and data.get("citations"):
            data["citations"][0][key] = value
        else:
            data[key] = value
        return json.dumps(data)

    return st.builds(mutate, st.sampled_from(good), keys, values, st.booleans())


def answers_target(engine: Engine) -> Callable[[list[str]], None]:
    def target(lines: list[str]) -> None:
        report = verify_answer_lines(engine.kb.knowledge, lines)
        assert len(report.verdicts) == sum(1 for line in lines if line.strip())
        for verdict in report.verdicts:
            assert not any("internal error" in problem for problem in verdict.problems), verdict

    return target


# --- knowledge files --------------------------------------------------------------------------
YAML_SNIPPETS = [
    "!!python/object/apply:os.system ['true']",
    "!!int '12'",
    "&a [*a]",
    "*missing",
    ".nan",
    ".inf",
    "1.0e+400",
    "9" * 400,
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "'{value:>99999}'",
    "'{value!r}'",
    "../../../../etc/passwd",
    "/etc/passwd",
    "2023-13-45",
    "~",
    "yes",
    "''",
    '"\\e[31m"',
    "{}",
    "[]",
    "-1",
    "0",
]


def mutations() -> st.SearchStrategy[list[tuple[str, int, int, str]]]:
    """Edits to apply to a knowledge file: (kind, position, amount, text)."""
    kind = st.sampled_from(["flip", "delete-line", "duplicate-line", "swap-lines", "replace-value", "insert"])
    snippet = st.one_of(st.sampled_from(YAML_SNIPPETS), st.text(max_size=12))
    return st.lists(st.tuples(kind, st.integers(0, 10**6), st.integers(0, 255), snippet), min_size=1, max_size=4)


def mutate(text: str, edits: list[tuple[str, int, int, str]]) -> str:
    for kind, position, amount, snippet in edits:
        lines = text.split("\n")
        index = position % max(len(lines), 1)
        if kind == "flip" and text:
            at = position % len(text)
            text = text[:at] + chr((ord(text[at]) + amount) % 0x110000 or 1) + text[at + 1 :]
            continue
        if kind == "delete-line":
            del lines[index]
        elif kind == "duplicate-line":
            lines.insert(index, lines[index])
        elif kind == "swap-lines":
            other = (index + amount) % len(lines)
            lines[index], lines[other] = lines[other], lines[index]
        elif kind == "replace-value":
            lines[index] = _VALUE.sub(lambda match, new=snippet: match.group(1) + new, lines[index], count=1)
        else:
            lines.insert(index, snippet)
        text = "\n".join(lines)
    return text.encode("utf-8", "replace").decode("utf-8")


def knowledge_target(folder: Path) -> Callable[[str, list[tuple[str, int, int, str]]], None]:
    """Mutate one shipped file in `folder` (a copy of the shipped knowledge), then load it."""
    originals = {
        "automakers-alliance.yaml": (KNOWLEDGE / "automakers-alliance.yaml").read_text(encoding="utf-8"),
        "lexicon.yaml": BUILTIN_LEXICON.read_text(encoding="utf-8"),  # as a folder's extension of itself
    }

    def target(name: str, edits: list[tuple[str, int, int, str]]) -> None:
        for other, text in originals.items():
            (folder / other).write_text(text, encoding="utf-8")
        (folder / name).write_text(mutate(originals[name], edits), encoding="utf-8")
        try:
            engine = Engine.from_folder(folder, cache=False)  # mutants would fill the cache; the loader is the target
        except KnowledgeError as error:
            assert error.problems
            for problem in error.problems:
                assert PROBLEM.match(str(problem)), str(problem)
            return
        for question in SAMPLE_QUESTIONS:
            check_answer(engine, question, engine.ask(question))
            check_answer(engine, question, engine.check(question))

    return target
