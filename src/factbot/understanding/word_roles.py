"""Which words of a question went to which slot of the chosen reading, for `--explain`.

A curator whose question is misread needs to see what each word was taken for: "15" read as a
figure inside a name, "sports" read as an entity inside a measure's words, a market taken for a
subject. The score's parts say how good a reading is; this says what it is made of, in the
question's own words, so the fix (an alias, a keyword, another name) can be found without reading
code. Pure; every answer's trace (`engine._trace`) holds it unworked, and it runs when the trace's words are
read (`results.Trace.words`): one pass over the spans then.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.analysis_types import Span, SpanKind
from factbot.understanding.reading import Reading

SLOT_NAMES = {
    SpanKind.ENTITY: "entity",
    SpanKind.MEASURE: "measure",
    SpanKind.PERIOD: "period",
    SpanKind.RELATIVE: "period",
    SpanKind.CUE: "question shape",
    SpanKind.FIGURE: "figure",
}


def word_roles(analysis: Analysis, reading: Reading) -> tuple[tuple[str, str], ...]:
    """(words, role) for each span the reading uses, then spans read but left unused, then the weighty words
    nothing explains: what the reading made of every word that counts."""
    used: list[tuple[str, str]] = []
    unused: list[tuple[str, str]] = []
    covered: set[int] = set()
    for span in analysis.spans:
        words = _words(analysis, span)
        role = _role(span, reading)
        if not role and reading.statement is not None and span.indexes <= reading.explained:
            role = "the statement's words"
        if role and span.indexes <= reading.explained | reading.cited:
            used.append((words, role))
            covered.update(span.indexes)
        else:
            unused.append((words, f"{SLOT_NAMES[span.kind]} {'/'.join(span.targets) or span.kind.value}, unused"))
    left = [
        analysis.words[index].surface
        for index in range(len(analysis.words))
        if analysis.weights[index] > 0 and index not in reading.explained | reading.cited and index not in covered
    ]
    rest = [(" ".join(left), "not explained")] if left else []
    return (*used, *_distinct(unused, used), *rest)


def statement_label(kb: KnowledgeBase, index: int) -> str:
    """A statement as the curator wrote it: its id and the sentence it cites, never the loader's index."""
    statement = kb.knowledge.statements[index]
    cited = statement.evidence[0] if statement.evidence else None
    return f"{statement.id} ({cited.source} #{cited.sentence})" if cited else statement.id


def _role(span: Span, reading: Reading) -> str:
    targets = span.targets
    if span.kind is SpanKind.ENTITY:
        return _entity_role(targets, reading)
    if span.kind is SpanKind.MEASURE:
        chosen = [target for target in targets if target == reading.measure or target in reading.measures]
        return f"measure {chosen[0]}" if chosen else ""
    if span.kind in (SpanKind.PERIOD, SpanKind.RELATIVE):
        chosen = [target for target in targets if target in reading.periods or target in reading.missing_periods]
        return f"period {chosen[0]}" if chosen else ("period" if reading.periods else "")
    if span.kind is SpanKind.CUE:
        return f"question shape {reading.operation}" if reading.operation in targets else ""
    return "figure" if span.quantity is not None and span.quantity in reading.values else ""


def _entity_role(targets: tuple[str, ...], reading: Reading) -> str:
    for target in targets:
        if target == reading.market:
            return f"market {target}"
        if target in reading.subjects:
            return f"entity {target}"
        if target == reading.group:
            return f"group {target}"
        if target in reading.excluded:
            return f"entity {target}, excluded"
    return ""


def _words(analysis: Analysis, span: Span) -> str:
    return " ".join(analysis.words[index].surface for index in sorted(span.indexes))


def _distinct(unused: list[tuple[str, str]], used: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each unused reading once, and never one of words whose use is already shown with the same role."""
    seen = set(used)
    kept: list[tuple[str, str]] = []
    for item in unused:
        if item not in seen:
            seen.add(item)
            kept.append(item)
    return kept
