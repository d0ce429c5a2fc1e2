"""What a question asks of statements, worked out once per question rather than once per statement.

A statement reading explains the question words a statement accounts for: the free words
(weighty words outside the names, periods, figures and cues) its words include, the cues
it states in its own terms, the names it is about or spells out, the period and figures
it states. Each of those is a yes or no about one statement; `explained` turns the
answers into the set of explained words, always by the same steps in the same order, so
a statement read from its record (`retrieval`) and one judged from the index alone
(`statement_search`) get the same set, and the same weight to the last bit.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.understanding.analysis import Analysis, Span, SpanKind, phrase_starts
from factbot.understanding.frozen import quick_init
from factbot.understanding.operations import ELAPSED, FIGURE_OPERATIONS

RELATED = {"compare": ("compare", "extreme_max", "extreme_min")}
"""A statement saying "the largest" answers "which was bigger" too: comparing is ranking two."""
SHARE_CUES = frozenset({"share"})
"""A part of a whole is a figure: a statement's word of the share cue ("they share models", "a portion of")
does not state one, where a statement saying "the largest" does state a superlative."""
STATED_SUPERLATIVES = frozenset({"extreme_max", "extreme_min"})
"""A text often states who is largest ("the best-selling shop") where no figure would show it."""
WORDED_CUES = frozenset({"equal"})
"""Cues a statement answers in its own words as often as figures do ("is X the same as Y?": a text says whether
two names are one thing): their words are matched as free words too, not only as a cue."""


@quick_init
@dataclass(frozen=True)
class NameTest:
    """An entity span: a statement explains it when it involves one of `targets`, or its own words
    include every word of `spelt` (the span's words that are not stopwords)."""

    span: Span
    targets: frozenset[str]
    spelt: tuple[str, ...]


@quick_init
@dataclass(frozen=True)
class StatementQuery:
    analysis: Analysis
    weighty: tuple[int, ...]
    """The question's words with any weight, in order."""
    slots: frozenset[int]
    """Words of names, periods, figures and cues: a statement reading must explain some other word."""
    names: frozenset[int]
    asks_about_name: bool
    """A question word asks about what is named ("who is X?"): naming it is enough."""
    free: tuple[int, ...]
    """Weighty words outside the slots, in order: explained when the statement's words include them."""
    terms: dict[str, float]
    """The free words' texts, each with the weight of the question words it stands for."""
    cues: tuple[tuple[Span, frozenset[str]], ...]
    """Each cue span with the statement words that state it (none: no statement states it), then each measure
    span with the words that name its measure on their own (`measure_words`)."""
    cue_phrases: tuple[frozenset[tuple[str, str]], ...]
    """For each cue span, the neighbouring word pairs by which a statement states it in the question's phrase
    (`_phrased`): a statement whose pairs include one states the cue too."""
    entities: tuple[NameTest, ...]
    dated: tuple[Span, ...]
    """Period spans, then figure spans, then relative periods: explained when the statement states them."""
    dated_phrases: tuple[frozenset[tuple[str, str]], ...]
    """For each of `dated`, the neighbouring content words of a relative period ("two years ago"): a statement
    with all of them side by side says that period in the question's words (`says_phrase`)."""
    wanted: frozenset[str]
    kind_cues: set[int]
    """The words that ask for the kinds wanted ("caused": a reason): a statement of such a kind explains them.
    (One set, made as reading each statement would make it, so that every statement adds it the same way.)"""
    elapsed: bool
    """The question asks how long between events: a dated statement can say, as one with a figure can."""
    neighbours: tuple[tuple[str, str], ...]
    """Each weighty word's text with the next weighty word's: a statement with both side by side is closer."""
    fillers: frozenset[str] = frozenset()
    """The question's fillers ("current", "exactly"), found once: every statement read matches them (`focus`)."""
    relates_names: bool = False
    """A yes/no question of names alone ("is X in Y?", `_relates_names`): a statement placing one of them in a
    place of the kind another is states that one too, on its own place or on another, which says no."""
    date_claimed: bool = False
    """Asked yes or no, a period is a date claimed of what the question asks about ("did it open in 1931?"): a
    dated event states it, on its own date or on another, which says no (`answering.claimed_dates`)."""


def statement_query(analysis: Analysis, kb: KnowledgeBase) -> StatementQuery:
    weights = analysis.weights
    weighty = tuple(index for index, weight in enumerate(weights) if weight > 0)
    slots = frozenset(
        index
        for span in analysis.spans
        if span.kind is not SpanKind.MEASURE and not (span.kind is SpanKind.CUE and set(span.targets) <= WORDED_CUES)
        for index in span.indexes
    )
    free = tuple(index for index in weighty if index not in slots)
    terms: dict[str, float] = {}
    for index in free:
        text = analysis.words[index].text
        terms[text] = terms.get(text, 0.0) + weights[index]
    stopwords = frozenset(index for index, word in enumerate(analysis.words) if word.text in kb.stopwords)
    entities = tuple(
        NameTest(
            span,
            frozenset(span.targets),
            tuple(analysis.words[index].text for index in sorted(span.indexes) if index not in stopwords),
        )
        for span in analysis.of(SpanKind.ENTITY)
    )
    # a measure named in other words is stated by a statement that names it ("why did the blue output fall"),
    # unless an amount is asked: a figure answers that, whatever statement names the measure
    measures = [] if analysis.asks_amount else [span for span in analysis.of(SpanKind.MEASURE) if span.exact]
    dated = (*analysis.of(SpanKind.PERIOD), *analysis.of(SpanKind.FIGURE), *analysis.of(SpanKind.RELATIVE))
    return StatementQuery(
        analysis=analysis,
        weighty=weighty,
        slots=slots,
        names=frozenset(index for test in entities for index in test.span.indexes),
        asks_about_name=(analysis.question_word is not None or _relates_names(analysis, free, entities, kb))
        and not analysis.follow_up,
        free=free,
        terms=terms,
        cues=(
            *((span, _stating_words(span, analysis, kb)) for span in analysis.of(SpanKind.CUE)),
            *((span, measure_words(kb, span) | _heads(kb, span, _asks_why(analysis))) for span in measures),
        ),
        cue_phrases=(
            *(_phrased(span, analysis, kb) for span in analysis.of(SpanKind.CUE)),
            *(measure_pairs(kb, span.targets) for span in measures),
        ),
        entities=entities,
        dated=dated,
        dated_phrases=tuple(_relative_phrase(span, analysis, kb) for span in dated),
        wanted=analysis.wanted_kinds,
        kind_cues=_kind_cue_indexes(analysis, kb, analysis.wanted_kinds),
        elapsed=any(ELAPSED in span.targets for span in analysis.of(SpanKind.CUE)),
        neighbours=tuple(pairwise(analysis.words[index].text for index in weighty)),
        fillers=frozenset(word.text for word in analysis.words if word.text in kb.fillers),
        date_claimed=claims_a_date(analysis, kb),
        relates_names=_relates_names(analysis, free, entities, kb),
    )


def _relates_names(
    analysis: Analysis, free: tuple[int, ...], entities: tuple[NameTest, ...], kb: KnowledgeBase
) -> bool:
    """A yes/no question of names alone ("is X in Y?"): it asks how the things it names stand to each other, and
    a statement naming them is an answer, as one naming what a question word asks about is. Not when one of them
    is a group with members: the members listed settle it ("is X in the alliance?")."""
    groups = any(kb.entities[target].members for test in entities for target in test.targets)
    return analysis.yes_no and not free and len(entities) >= 2 and not groups


def placed_alike(statement: Statement, targets: frozenset[str], kb: KnowledgeBase) -> bool:
    """A statement of where something is, in a place of the kind a name of the question is ("Illinois" for
    "Ohio": a state): it says whether the thing is in the place named (`StatementQuery.relates_names`)."""
    place = statement.place
    if statement.kind != PLACE_KIND or place is None:
        return False
    return kb.entities[place].kind in {kb.entities[target].kind for target in targets}


PLACE_KIND = "place"


def claims_a_date(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """A yes/no question claiming a date of something, unnegated ("didn't it open in 1931?" is left alone)."""
    negations = kb.lexicon.negation_words
    return analysis.yes_no and not any(word.text in negations or word.surface in negations for word in analysis.words)


def _stating_words(span: Span, analysis: Analysis, kb: KnowledgeBase) -> frozenset[str]:
    """The words by which a statement states a cue: "why did imports drop?" is stated by "slipped" (any
    word of change); an operation word ("biggest") only when the question asks no measured quantity, and
    then by any word of that operation ("Acme was the largest ...")."""
    computed = analysis.asks_amount and bool(set(span.targets) & FIGURE_OPERATIONS)  # "how many years after"
    skipped = computed or set(span.targets) <= SHARE_CUES  # "share" in a statement ("share models") states no part
    stated = not analysis.of(SpanKind.MEASURE) or set(span.targets) & STATED_SUPERLATIVES or _asks_why(analysis)
    by_operation = stated and not skipped
    said = frozenset(analysis.words[index].text for index in span.indexes)
    up, down = bool(said & kb.up_words), bool(said & kb.down_words)
    direction = "up" if up and not down else "down" if down and not up else ""
    return _cue_stating_words(kb, span.targets, bool(by_operation), direction)


@lru_cache(maxsize=1024)
def _cue_stating_words(
    kb: KnowledgeBase, targets: tuple[str, ...], by_operation: bool, direction: str
) -> frozenset[str]:
    """`_stating_words` of the cue's intents, once per knowledge base: the word lists are the lexicon's. A change
    said with a direction ("rise") is stated only by words of that direction: a statement of a fall answers no
    question about a rise."""
    words: set[str] = set()
    if "change" in targets:
        words |= {"up": kb.up_words, "down": kb.down_words}.get(direction, kb.up_words | kb.down_words)
    if by_operation:
        for related in {other for intent in targets for other in RELATED.get(intent, (intent,))}:
            words |= kb.cue_words.get(related, frozenset())
    return frozenset(words)


def measure_words(kb: KnowledgeBase, span: Span) -> frozenset[str]:
    """A one-word name of a measure is stated by a statement saying any one-word name of it ("crop": "harvest")."""
    if span.last - span.first != 1:
        return frozenset()
    return frozenset(words[0] for words in _measure_names(kb, span.targets) if len(words) == 1)


def _heads(kb: KnowledgeBase, span: Span, why: bool) -> frozenset[str]:
    """Asked why, a measure is stated by a reason saying the head noun of one of its names ("events" of
    "billion-dollar events"; "cost" of "cost of disasters"), when no other measure has it for a head ("imports"
    of green and of roasted coffee tells neither): a reason names what it explains in its own words."""
    if not why:
        return frozenset()
    heads = _measure_heads(kb)
    return frozenset().union(*(heads.get(target, frozenset()) for target in span.targets))


@lru_cache(maxsize=16)
def _measure_heads(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each measure's heads that are no other measure's."""
    found: dict[str, set[str]] = {}
    for measure in kb.measures.values():
        for alias in (measure.name, *measure.aliases):
            words = kb.normaliser.words(alias)
            before_of = words[: words.index("of")] if "of" in words else words
            content = [word for word in before_of if word not in kb.stopwords | kb.fillers]
            if len(words) > 1 and content:
                found.setdefault(measure.id, set()).add(content[-1])
    owners: dict[str, int] = {}
    for heads in found.values():
        for head in heads:
            owners[head] = owners.get(head, 0) + 1
    return {measure: frozenset(head for head in heads if owners[head] == 1) for measure, heads in found.items()}


def measure_pairs(kb: KnowledgeBase, targets: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """A measure is stated by a statement saying a two-word name of it side by side: "blue output" is stated
    by "blue output is forecast to drop"."""
    return frozenset((words[0], words[1]) for words in _measure_names(kb, targets) if len(words) == 2)


@lru_cache(maxsize=256)
def _measure_names(kb: KnowledgeBase, targets: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The content words of every name of the measures (stopwords and fillers left out)."""
    found: dict[tuple[str, ...], None] = {}
    for target in targets:
        measure = kb.measures[target]
        for alias in (measure.name, *measure.aliases):
            words = tuple(word for word in kb.normaliser.words(alias) if word not in kb.stopwords | kb.fillers)
            if words:
                found[words] = None
    return tuple(found)


def _phrased(span: Span, analysis: Analysis, kb: KnowledgeBase) -> frozenset[tuple[str, str]]:
    """The pairs of words by which a statement states a one-word cue in the question's own phrase: the cue
    beside the weighty word next to it ("higher than average rains" states "higher" and "average"). A cue
    word said elsewhere in a statement ("more efficient") is another use of it; a cue of several words
    ("how many more") asks for arithmetic, which no statement's words do. A cue that is a function word
    elsewhere ("total") is in no statement's pairs: its two neighbours side by side stand for it, and the
    statement must say the word itself (`_cue_tests`)."""
    if span.last - span.first != 1:
        return frozenset()
    weighty = list(analysis.weighty)
    if span.first not in weighty:
        return frozenset()
    place = weighty.index(span.first)
    texts = [analysis.words[index].text for index in weighty]
    if texts[place] in kb.stopwords:  # "the most total system ...": a statement's pairs go round such a word
        return frozenset({(texts[place - 1], texts[place + 1])}) if 0 < place < len(texts) - 1 else frozenset()
    before = {(texts[place - 1], texts[place])} if place > 0 else set()
    after = {(texts[place], texts[place + 1])} if place + 1 < len(texts) else set()
    return frozenset(before | after)


def explained(
    query: StatementQuery,
    matched: Collection[str],
    cues: Sequence[bool],
    entities: Sequence[bool],
    dated: Sequence[bool],
    kind: bool,
) -> frozenset[int]:
    """The question words a statement explains: the free words whose text it matched, then the spans it
    states (cues, names, periods and figures, each in question order), then the words asking for its kind."""
    words = query.analysis.words
    found = {index for index in query.free if words[index].text in matched}
    stated: set[int] = set()
    for (span, _), yes in zip(query.cues, cues, strict=True):
        if yes:
            stated |= span.indexes
    found |= stated
    for test, yes in zip(query.entities, entities, strict=True):
        if yes:
            found |= test.span.indexes
    for span, yes in zip(query.dated, dated, strict=True):
        if yes:
            found |= span.indexes
    if kind:
        found |= query.kind_cues
    return frozenset(found)


def kind_matches(statement: Statement, wanted: frozenset[str]) -> bool:
    if "date" in wanted and (statement.when is not None or statement.kind in DATE_KINDS):
        return True
    if "agent" in wanted and (bool(statement.people) or statement.kind in AGENT_KINDS):
        return True
    return statement.kind in wanted


DATE_KINDS = ("date", "event")
AGENT_KINDS = ("report", "quote", "event")


def _asks_why(analysis: Analysis) -> bool:
    """A reason is asked: "why was X more than Y?" asks why of a comparison, which a reason states in words."""
    return "reason" in analysis.wanted_kinds


def _kind_cue_indexes(analysis: Analysis, kb: KnowledgeBase, wanted: frozenset[str]) -> set[int]:
    """The words asking for a kind of statement: its cues ("caused"), and the question word asking a reason
    ("why"), which a reason answers even when it shares only the question's names and periods."""
    texts = analysis.texts
    found = {
        index
        for kind in wanted
        for cue in kb.statement_kind_cues.get(kind, ())
        for start in phrase_starts(texts, cue)
        for index in range(start, start + len(cue))
    }
    if _asks_why(analysis):
        found |= {index for index, text in enumerate(texts) if kb.question_kinds.get(text) == "reason"}
    return found


def kept(query: StatementQuery, explained: frozenset[int]) -> bool:
    """A statement that shares only names, periods or operation words with the question is no answer to it,
    unless the question asks about a name it explains."""
    if any(index not in query.slots for index in explained):
        return True
    return query.asks_about_name and bool(explained & query.names)


def states(statement: Statement, own_words: frozenset[str], span: Span, claimed: bool = False) -> bool:
    """A period or figure of the question is this statement's date, or written in its own words (not in the
    aliases of the entities it is about: "the 2010 consent decree" does not date a statement about it). A date
    `claimed` (`StatementQuery.date_claimed`) is stated by any dated event: its date says yes or no to it."""
    if span.key is not None and statement.when is not None:
        return statement.when.year == span.key.year or (claimed and statement.kind in DATE_KINDS)
    if span.key is not None:
        return str(span.key.year) in own_words
    return span.quantity is not None and figure_text(span) in own_words


def _relative_phrase(span: Span, analysis: Analysis, kb: KnowledgeBase) -> frozenset[tuple[str, str]]:
    """A relative period's neighbouring content words ("two years ago": 2-year, year-ago); none for other spans,
    or for one content word alone, which says too little to find the period by."""
    if span.kind is not SpanKind.RELATIVE:
        return frozenset()
    content = [analysis.words[index].text for index in sorted(span.indexes)]
    return frozenset(pairwise(word for word in content if word not in kb.stopwords))


def says_phrase(pairs: frozenset[tuple[str, str]], phrase: frozenset[tuple[str, str]]) -> bool:
    """A statement says a relative period ("released two years ago") when it has all its words side by side."""
    return bool(phrase) and phrase <= pairs


def figure_text(span: Span) -> str:
    """A figure as a statement's words hold it ("1.8 million" -> "1800000")."""
    assert span.quantity is not None
    return f"{abs(span.quantity.value).normalize():f}"
