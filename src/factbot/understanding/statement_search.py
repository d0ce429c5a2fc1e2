"""The best statements for a question, found in the index without reading every candidate.

Reading a statement (`retrieval.statement_reading`) costs microseconds, and a question
shares a word with thousands of statements in a large knowledge base: a year alone is in
a tenth of the dated ones. Yet only the best `MAX_STATEMENTS` by explained weight become
readings, and what a statement explains is a handful of yes-or-no tests (`StatementQuery`),
each answered for all statements at once by a set from the index: those whose words
include a free word, those dated in the question's year, those about a name.

So the search splits the statements into regions by the tests' answers, weightiest test
first, best region first (branch and bound). A region's bound is the weight of the tests
it passes plus all it has yet to take: once that is below the eighth best weight found,
nothing in the region can be among the best, and it is never looked at. A region that
has taken every test holds statements with identical answers, hence identical explained
words, computed once (`statement_query.explained`, the same steps as reading one); ties
go to the smaller statement id, as when reading each, through the index's id ranks.

Statements that pass no "essential" test (a free word, a name when the question asks about
one, the words asking for their kind) explain no word outside the slots and are never kept,
so the search starts from those tests' sets and never from all statements. A question with
few candidates (`FEW`) skips the search: each is placed in its region by the tests it passes.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import count

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.postings import posting_has
from factbot.understanding import statement_postings as postings
from factbot.understanding.statement_direction import opposite_dropped
from factbot.understanding.statement_query import (
    AGENT_KINDS,
    DATE_KINDS,
    StatementQuery,
    explained,
    figure_text,
    kept,
)

EPSILON = 1e-9
"""Bounds are sums of the same weights in another order: this much slack covers the rounding."""
FEW = 64
"""Up to this many candidates, each is placed by the tests it passes, with no search."""


@dataclass
class _Test:
    """One yes-or-no question about statements, with the set of statements that answer yes."""

    weight: float
    kind: str
    """"term", "cue", "entity", "dated" or "kind": which answer of `explained` it gives."""
    position: int
    """Its place among the tests of its kind (the term's text for a term)."""
    essential: bool
    """Passing it can make a statement kept: a free word, a name the question asks about, the words asking
    for the statement's kind."""
    in_found: bool
    """Passing it puts the statement among those the question shares a weighty word with."""
    make: Callable[[], frozenset[int]]
    posting: tuple[int, ...] | None = None
    """For a term: its sorted posting, to test a few statements without building the set."""
    text: str = ""
    _members: frozenset[int] | None = field(default=None, repr=False)

    def members(self) -> frozenset[int]:
        if self._members is None:
            self._members = self.make()
        return self._members

    def size(self) -> int:
        """How many statements pass (for a term, without building its set)."""
        return len(self.posting) if self.posting is not None else len(self.members())

    def within(self, region: frozenset[int]) -> frozenset[int]:
        if self.posting is not None and self._members is None and len(region) * 16 < len(self.posting):
            posting = self.posting
            return frozenset(number for number in region if posting_has(posting, number))
        return region & self.members()


Found = tuple[float, frozenset[int], frozenset[int]]
"""Statements that explain the same words: their weight, their numbers and the words."""


def best_statements(
    query: StatementQuery, kb: KnowledgeBase, limit: int, floor: float = -1.0
) -> list[tuple[int, frozenset[int]]] | None:
    """The best `limit` kept statements, best first, each with the words it explains (None: the question needs
    reading each). `floor`: only statements explaining at least this weight are wanted (`statement_floor`); the
    best of those are the best `limit` cut at the floor, and no region below it is read."""
    tests = _tests(query, kb)
    if tests is None:
        return None
    if sum(test.weight for test in tests) + EPSILON < floor:
        return []  # even a statement passing every test explains too little
    with_figures = _answering_amounts(query, kb)
    essential = [test for test in tests if test.essential]
    if sum(test.size() for test in essential) <= FEW:
        return _chosen(_grouped(query, kb, tests, essential, with_figures, floor), limit, kb)
    return _chosen(_searched(query, kb, tests, limit, with_figures, floor), limit, kb)


def _grouped(
    query: StatementQuery,
    kb: KnowledgeBase,
    tests: list[_Test],
    essential: list[_Test],
    with_figures: frozenset[int] | None,
    floor: float = -1.0,
) -> list[Found]:
    """Few candidates: each is put in its region directly, by the tests it passes; a region whose tests weigh
    less than `floor` is not read."""
    universe = frozenset().union(*(test.members() for test in essential))
    if with_figures is not None:
        universe &= with_figures
    bits = dict.fromkeys(universe, 0)
    for position, test in enumerate(tests):
        for number in test.within(universe):
            bits[number] |= 1 << position
    regions: dict[int, list[int]] = {}
    for number, found in bits.items():
        regions.setdefault(found, []).append(number)
    collected: list[Found] = []
    for found, numbers in regions.items():
        if floor < 0 or _passed_weight(tests, found) + EPSILON >= floor:
            _collect(query, kb, tests, found, frozenset(numbers), collected, floor)
    return collected


def _passed_weight(tests: list[_Test], passed: int) -> float:
    """The weight of the tests a region passes: at least the weight of the words its statements explain."""
    return sum(test.weight for position, test in enumerate(tests) if passed >> position & 1)


def _searched(
    query: StatementQuery,
    kb: KnowledgeBase,
    tests: list[_Test],
    limit: int,
    with_figures: frozenset[int] | None,
    floor: float = -1.0,
) -> list[Found]:
    """Many candidates: regions split test by test, best bound first, until no region can reach the best (nor
    the `floor`)."""
    essential = sum(1 for test in tests if test.essential)
    remaining = [0.0] * (len(tests) + 1)
    for position in range(len(tests) - 1, -1, -1):
        remaining[position] = remaining[position + 1] + tests[position].weight
    collected: list[Found] = []
    threshold = floor
    order = count()
    # (minus the bound, tie order, next test, passed tests as bits, weight passed, members or None for "not yet made")
    heap: list[tuple[float, int, int, int, float, frozenset[int] | None]] = [(-remaining[0], 0, 0, 0, 0.0, None)]
    while heap:
        bound, _, depth, passed, weight, members = heapq.heappop(heap)
        if -bound + EPSILON < threshold:
            break
        if depth == len(tests):
            if members is not None:
                _collect(query, kb, tests, passed, members, collected, floor)
                threshold = max(floor, _threshold(collected, limit))
            continue
        test = tests[depth]
        if members is None and depth >= essential:
            continue  # passed no essential test: explains nothing outside the slots
        yes, no = _split(tests, depth, members, with_figures)
        after = remaining[depth + 1]
        if yes:
            heapq.heappush(heap, (-(weight + test.weight + after), next(order), depth + 1, passed | 1 << depth,
                                  weight + test.weight, yes))  # fmt: skip
        if no is None or no:
            heapq.heappush(heap, (-(weight + after), next(order), depth + 1, passed, weight, no))
    return collected


def _split(
    tests: list[_Test], depth: int, members: frozenset[int] | None, with_figures: frozenset[int] | None
) -> tuple[frozenset[int], frozenset[int] | None]:
    """A region split by the test at `depth`: the statements that pass it and those that do not. A region not
    yet made (None) is the statements that first pass this test, having failed every earlier one."""
    test = tests[depth]
    if members is not None:
        yes = test.within(members)
        return yes, members - yes
    made = test.members()
    for earlier in tests[:depth]:
        made = made - earlier.members()
    return (made & with_figures if with_figures is not None else made), None


def _collect(
    query: StatementQuery,
    kb: KnowledgeBase,
    tests: list[_Test],
    passed: int,
    members: frozenset[int],
    collected: list[Found],
    floor: float = -1.0,
) -> None:
    """A region that has taken every test: its statements explain the same words; keep them if kept, and if they
    explain at least the `floor`."""
    terms: set[str] = set()
    answers = {"cue": [False] * len(query.cues), "entity": [False] * len(query.entities)}
    answers["dated"] = [False] * len(query.dated)
    kind = shared = False
    for position, test in enumerate(tests):
        if passed >> position & 1:
            shared = shared or test.in_found
            if test.kind == "term":
                terms.add(test.text)
            elif test.kind == "kind":
                kind = True
            else:
                answers[test.kind][test.position] = True
    words = explained(query, terms, answers["cue"], answers["entity"], answers["dated"], kind)
    if not kept(query, words) or (floor >= 0 and query.analysis.weight(words) + EPSILON < floor):
        return
    if not shared:
        members = frozenset(number for number in members if _shares_a_word(query, kb, number))
    members = opposite_dropped(query.analysis, kb, members)
    if members:
        collected.append((query.analysis.weight(words), members, words))


def _threshold(collected: list[Found], limit: int) -> float:
    """The weight of the `limit`-th best statement collected so far (-1 while there are fewer)."""
    total = 0
    for weight, members, _ in sorted(collected, key=lambda item: -item[0]):
        total += len(members)
        if total >= limit:
            return weight
    return -1.0


def _chosen(collected: list[Found], limit: int, kb: KnowledgeBase) -> list[tuple[int, frozenset[int]]]:
    """The best `limit` statements: by weight, equal weights by statement id (its rank in the index)."""
    ranks = kb.statement_tables.ranks
    by_weight: dict[float, dict[int, frozenset[int]]] = {}
    for weight, members, words in collected:
        by_weight.setdefault(weight, {}).update(dict.fromkeys(members, words))
    chosen: list[tuple[int, frozenset[int]]] = []
    for weight in sorted(by_weight, reverse=True):
        wanted = limit - len(chosen)
        if wanted <= 0:
            break
        level = by_weight[weight]
        if len(level) <= wanted:
            best = sorted(level, key=ranks.__getitem__)
        else:
            best = heapq.nsmallest(wanted, level, key=ranks.__getitem__)
        chosen += [(number, level[number]) for number in best]
    return chosen


def _shares_a_word(query: StatementQuery, kb: KnowledgeBase, number: int) -> bool:
    """Whether a statement is among those the question shares a weighty word or a named entity with."""
    words = query.analysis.words
    if any(posting_has(kb.statements_by_word.get(words[index].text, ()), number) for index in query.weighty):
        return True
    entities = (entity for test in query.entities for entity in test.targets)
    return any(posting_has(kb.statements_about.get(entity, ()), number) for entity in entities)


# --- the tests ----------------------------------------------------------------------------------------
# The statements passing a cue, name or date test depend on the knowledge base alone, never on the question:
# each is found once per knowledge base (`lru_cache`), as the same names and years come up question after question.
def _tests(query: StatementQuery, kb: KnowledgeBase) -> list[_Test] | None:
    """Every test that can pass, essential ones first, each group weightiest first (None: not searchable)."""
    tests = list(_all_tests(query, kb))
    if any(test is None for test in tests):
        return None
    found = [test for test in tests if test is not None]
    found.sort(key=lambda test: (not test.essential, -test.weight))
    return found


def _all_tests(query: StatementQuery, kb: KnowledgeBase) -> Iterator[_Test | None]:
    """Every test a statement may pass, one per weighty thing the question says; None for one no statement can
    be told by (the search is then not worth it)."""
    yield from _term_tests(query, kb)
    yield from _cue_tests(query, kb)
    yield from _entity_tests(query, kb)
    yield from _dated_tests(query, kb)
    if query.kind_cues:
        cues = query.kind_cues
        naming = query.asks_about_name and bool(cues & query.names)
        essential = naming or any(index not in query.slots for index in cues)
        weight = query.analysis.weight(cues)
        yield _Test(weight, "kind", 0, essential, essential, partial(_of_kind, query, kb, essential))


def _term_tests(query: StatementQuery, kb: KnowledgeBase) -> Iterator[_Test | None]:
    sets = kb.statement_sets
    for text, weight in query.terms.items():
        posting = kb.statements_by_word.get(text, ())
        if posting:
            yield _Test(weight, "term", 0, True, True, partial(sets.word, text), posting=posting, text=text)


def _cue_tests(query: StatementQuery, kb: KnowledgeBase) -> Iterator[_Test | None]:
    for position, ((span, stating), phrases) in enumerate(zip(query.cues, query.cue_phrases, strict=True)):
        present = postings.indexed(kb, stating)
        phrased = [pair for pair in phrases if pair[0] in kb.statements_by_word and pair[1] in kb.statements_by_word]
        if present or phrased:
            touches = query.asks_about_name and bool(span.indexes & query.names)
            weight = query.analysis.weight(span.indexes)
            said = query.analysis.words[span.first].text
            found = partial(postings.stated, kb, tuple(present), tuple(phrased))
            if said in kb.stopwords:  # the pair goes round the word: the statement must say it too
                found = partial(postings.stated_saying, kb, tuple(present), tuple(phrased), said)
            yield _Test(weight, "cue", position, touches, False, found)


def _entity_tests(query: StatementQuery, kb: KnowledgeBase) -> Iterator[_Test | None]:
    analysis = query.analysis
    for position, test in enumerate(query.entities):
        if not test.spelt:
            yield None  # a name of stopwords only is spelt out by every statement
            continue
        spelt = [index for index in test.span.indexes if analysis.words[index].text in test.spelt]
        weighty = any(analysis.weights[index] > 0 for index in spelt)
        naming = partial(postings.naming, kb, test.targets, test.spelt)
        if query.relates_names:  # "is X in Y?": a statement placing X in a place of Y's kind states Y too
            naming = partial(_naming_or_placed, kb, test.targets, test.spelt)
        yield _Test(analysis.weight(test.span.indexes), "entity", position, query.asks_about_name, weighty, naming)


def _naming_or_placed(kb: KnowledgeBase, targets: frozenset[str], spelt: tuple[str, ...]) -> frozenset[int]:
    return postings.naming(kb, targets, spelt) | postings.placed(kb, targets)


def _dated_tests(query: StatementQuery, kb: KnowledgeBase) -> Iterator[_Test | None]:
    for position, (span, phrase) in enumerate(zip(query.dated, query.dated_phrases, strict=True)):
        weight = query.analysis.weight(span.indexes)
        if phrase:  # a relative period, said in the question's words
            yield _Test(weight, "dated", position, False, False, partial(postings.saying, kb, phrase))
            continue
        if span.key is None and span.quantity is None:
            continue  # states nothing: never explained
        text = str(span.key.year) if span.key is not None else figure_text(span)
        if text in kb.stopwords:
            yield None
            continue
        touches = query.asks_about_name and bool(span.indexes & query.names)
        year = span.key.year if span.key is not None else None
        stating = postings.stating_claimed if query.date_claimed and year is not None else postings.stating
        yield _Test(weight, "dated", position, touches, False, partial(stating, kb, year, text))


def _answering_amounts(query: StatementQuery, kb: KnowledgeBase) -> frozenset[int] | None:
    """When the question asks how much: the statements that can say (a figure; a date, for "how long after")."""
    if not query.analysis.asks_amount:
        return None
    sets = kb.statement_sets
    return sets.with_figures() | sets.dated() if query.elapsed else sets.with_figures()


def _of_kind(query: StatementQuery, kb: KnowledgeBase, shared: bool) -> frozenset[int]:
    """Statements of a kind the question asks for (`kind_matches`); when `shared`, only those that share a word
    with the question, since passing this test alone keeps a statement."""
    sets = kb.statement_sets
    wanted = query.wanted
    kinds = set(wanted)
    parts = []
    if "date" in wanted:
        kinds.update(DATE_KINDS)
        parts.append(sets.dated())
    if "agent" in wanted:
        kinds.update(AGENT_KINDS)
        parts.append(sets.with_people())
    found = frozenset().union(*parts, *(sets.kind(kind) for kind in kinds))
    return found & _shared(query, kb) if shared else found


def _shared(query: StatementQuery, kb: KnowledgeBase) -> frozenset[int]:
    """The statements the question shares a weighty word or a named entity with."""
    words = query.analysis.words
    sets = kb.statement_sets
    about = [kb.statements_about.get(entity, ()) for test in query.entities for entity in test.targets]
    return frozenset().union(*(sets.word(words[index].text) for index in query.weighty), *about)
