"""Known phrases in a question's words: names, measures, periods and cues, longest first.

Split from `factbot.understanding.analysis`, which turns a question into words and weights: this
module only finds which runs of those words are phrases the knowledge knows, exactly, with extra
stopwords inside ("the fiscal year that ended"), around a name ("the December corn contract"),
or cut short where a longer phrase begins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import CUE, ENTITY, MEASURE, PERIOD, Target
from factbot.understanding.analysis_types import Span, SpanKind, Word
from factbot.understanding.gapped import gapped_names
from factbot.understanding.inner_names import beside_other_measures, exact_inside, measures_closing, names_closing
from factbot.understanding.period_holes import measures_around

Match = tuple[int, tuple[Target, ...], bool]
"""A phrase found at a position: how many words it takes, what it may mean, and whether word for word."""
Matcher = Callable[[int], Match | None]


def phrase_spans(words: list[Word], special: set[int], kb: KnowledgeBase) -> list[Span]:
    """Longest known phrases first; every target of a phrase is kept, of every kind."""
    texts = tuple(word.text for word in words)
    breaks = tuple(word.breaks_before for word in words)
    matches: dict[int, Match | None] = {}
    starting, loose = kb.phrase_reach, kb.loose_reach

    def longest(start: int) -> Match | None:
        """The longest match at a position, found once: phrases ahead are looked at again when cutting short. Most
        words begin no phrase, exact or loose: two look-ups say so, without the matcher's call."""
        if start not in matches:
            text = texts[start]
            begins = text in starting or text in loose
            matches[start] = _longest_match(texts, start, special, kb, breaks) if begins else None
        return matches[start]

    spans: list[Span] = []
    closing: list[Span] = []
    position = 0
    while position < len(texts):
        if position in special:
            position += 1
            continue
        match = longest(position)
        if match is None:
            position += 1
            continue
        length, targets, exact = match
        if length == 1 and texts[position] in kb.stopwords and not _named_in_lower_case(words, position):
            targets = tuple(target for target in targets if target.kind != ENTITY)  # "us", not "US" or "U.S."
            if not targets:
                position += 1
                continue
        if _gives_way(texts[position] in kb.stopwords, exact, position, length, special, longest):
            position += 1
            continue
        cut = _cut_short(texts, position, length if exact else length - 1, special, kb, longest)
        if cut is not None:  # "Iowa corn and soybean sales": "Iowa" and "corn and soybean", not "Iowa corn"
            length, targets, exact = cut - position, kb.phrases[texts[position:cut]], True
        spans += _spans_for(position, position + length, targets, exact)
        spans += _cues_inside(texts, position, position + length, targets, kb)
        closed, held = _held(texts, position, position + length, targets, exact, kb)
        closing += closed
        spans += held
        position += length
    return spans + beside_other_measures(closing, spans)


def _held(
    texts: tuple[str, ...], first: int, last: int, targets: tuple[Target, ...], exact: bool, kb: KnowledgeBase
) -> tuple[list[Span], list[Span]]:
    """The names closing a phrase (`names_closing`), and the names and measures inside it (`exact_inside`,
    `measures_closing`): none in a phrase of one word, which is not looked at."""
    if last - first < 2:
        return [], []
    inside = exact_inside(texts, first, last, kb, exact) + measures_closing(texts, first, last, targets, kb)
    return names_closing(texts, first, last, targets, kb), inside


ARTICLES = frozenset({"the"})
"""After an article a word is no pronoun: "the us population" names the US, "tell us" does not."""


def _named_in_lower_case(words: Sequence[Word], position: int) -> bool:
    """Whether a function word that is also an alias ("us") names here: in capitals, first ("us population
    2017") or after an article ("the us population"), where no pronoun stands."""
    return words[position].surface.isupper() or position == 0 or words[position - 1].text in ARTICLES


def gapped_spans(texts: tuple[str, ...], special: set[int], phrases: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Aliases said around a name, with the name on its own (`factbot.understanding.gapped`), and measures said
    around a period (`factbot.understanding.period_holes`)."""
    names = [(span.first, span.last) for span in phrases if span.kind is SpanKind.ENTITY and span.exact]
    found: list[Span] = []
    for item in gapped_names(texts, frozenset(special), names, kb):
        found += _spans_for(item.first, item.last, item.targets, True, item.hole)
        if item.hole not in names:
            found += _spans_for(*item.hole, item.inner, True)
    periods = special | {index for span in phrases if span.kind is SpanKind.PERIOD for index in span.indexes}
    for first, last, hole, measures in measures_around(texts, periods, kb):  # "share of 2023 sales"
        found += _spans_for(first, last, measures, True, hole)
    return list(dict.fromkeys(found))


def _cut_short(
    texts: tuple[str, ...], position: int, length: int, special: set[int], kb: KnowledgeBase, longest: Matcher
) -> int | None:
    """Where a phrase should end early: a longer phrase, matched word for word, begins inside it and ends beyond
    it, and the words before it are a phrase of their own, but for stopwords leading into it ("hours did" of
    "hours did those who worked at home"), so no word is left unread. None when none does. A phrase matched only
    loosely is passed one word short: an exact phrase as long as it goes before it."""
    for start in range(position + 1, position + length):
        found = longest(start) if start not in special else None
        if found is not None and found[2] and found[0] > length and start + found[0] > position + length:
            end = start
            while end > position + 1 and texts[end - 1] in kb.stopwords:
                end -= 1
            return end if texts[position:end] in kb.phrases else None
    return None


def _gives_way(stopword: bool, exact: bool, position: int, length: int, special: set[int], longest: Matcher) -> bool:
    """A phrase read from the next word on instead: one opening with a stopword that a later one outreaches ("the
    unemployment rate": not "the unemployed" and a stray "rate"), or a loose match overtaken (`_overtaken`)."""
    if stopword and _reaches_further(position, length, special, longest):
        return True
    return not exact and _overtaken(position, length, special, longest)


def _overtaken(position: int, length: int, special: set[int], longest: Matcher) -> bool:
    """A loose match (its words with others between) gives way to a phrase said word for word that begins
    inside it and ends beyond it: "share reporting some leisure or sports activity" holds the measure alias
    "some leisure or sports activity" whole, and the loose "share reporting ... leisure" read first would
    leave "sports" to be read alone, as the name of something else."""
    for start in range(position + 1, position + length):
        found = longest(start) if start not in special else None
        if found is not None and found[2] and start + found[0] > position + length:
            return True
    return False


def _reaches_further(position: int, length: int, special: set[int], longest: Matcher) -> bool:
    """A phrase that begins with a stopword yields to one that begins at the next word and ends further on
    (one word alone overlaps nothing: "total" in "total coffee harvest" stays a cue)."""
    if length < 2:
        return False
    following = longest(position + 1) if position + 1 not in special else None
    return following is not None and 1 + following[0] > length


_KINDS = {ENTITY: SpanKind.ENTITY, MEASURE: SpanKind.MEASURE, PERIOD: SpanKind.PERIOD, CUE: SpanKind.CUE}


def _spans_for(
    first: int, last: int, targets: tuple[Target, ...], exact: bool, hole: tuple[int, int] = (0, 0)
) -> list[Span]:
    by_kind: dict[SpanKind, list[str]] = {}
    for target in targets:
        by_kind.setdefault(_KINDS[target.kind], []).append(target.id)
    return [Span(first, last, kind, tuple(ids), exact, hole=hole) for kind, ids in by_kind.items()]


def _longest_match(
    texts: tuple[str, ...], position: int, special: set[int], kb: KnowledgeBase, breaks: tuple[bool, ...]
) -> tuple[int, tuple[Target, ...], bool] | None:
    """The longest phrase starting here: exact, or with extra stopwords inside ("the fiscal year that ended")."""
    reach = min(kb.phrase_reach.get(texts[position], 0), len(texts) - position)  # the longest phrase it begins
    if not reach:  # most words begin no phrase: only a loose one may start here
        return _loose_match(texts, position, special, kb, breaks)
    unbroken = _unbroken(breaks, position, reach)
    limit = reach
    if special:  # no phrase takes in a period or a figure
        limit = next((index - position for index in range(position, position + reach) if index in special), reach)
    for length in range(limit, 0, -1):  # no phrase takes in a period or a figure
        key = texts[position : position + length]
        targets = kb.phrases.get(key)
        if targets and (length <= unbroken or kb.list_words.intersection(key)):  # a name that is a list has commas
            loose = _loose_match(texts, position, special, kb, breaks)
            if loose is not None and loose[0] > length:
                return loose
            return length, targets, True
    return _loose_match(texts, position, special, kb, breaks)


def _unbroken(breaks: tuple[bool, ...], position: int, limit: int) -> int:
    """How many words from `position` on stand together, with no punctuation between them (at most `limit`:
    counting to the end of a long unbroken question at every word was quadratic)."""
    length = 1
    while length < limit and position + length < len(breaks) and not breaks[position + length]:
        length += 1
    return length


def _loose_match(
    texts: tuple[str, ...], position: int, special: set[int], kb: KnowledgeBase, breaks: tuple[bool, ...]
) -> tuple[int, tuple[Target, ...], bool] | None:
    reach = kb.loose_reach.get(texts[position], 0)
    if not reach or texts[position] in kb.stopwords:
        return None
    reach = min(reach, kb.longest_phrase)  # no loose phrase it begins is longer: looking further finds nothing
    content: list[str] = []
    ends: list[int] = []
    index = position
    while index < len(texts) and (index == position or not breaks[index]):
        if len(content) >= reach or index in special:
            break
        if texts[index] in kb.list_words and content:
            break  # "Acme Works and Bolt" is two names, however an alias of one is spelt
        if texts[index] not in kb.stopwords:
            content.append(texts[index])
            ends.append(index + 1)
        index += 1
    for count in range(len(content), 1, -1):
        targets = kb.loose_phrases.get(tuple(content[:count]))
        if targets:
            return ends[count - 1] - position, targets, False
    return None


def _cues_inside(
    texts: tuple[str, ...], first: int, last: int, targets: tuple[Target, ...], kb: KnowledgeBase
) -> list[Span]:
    """What a longer phrase holds of the other kind: a cue inside a measure ("total" in "total sales")
    may still select an operation, and a measure inside a cue ("share" in "what share of") may still
    name the measure (a market share is looked up, not computed)."""
    if last - first < 2:
        return []
    is_cue = any(target.kind == CUE for target in targets)
    wanted = MEASURE if is_cue else CUE
    kind = SpanKind.MEASURE if is_cue else SpanKind.CUE
    found = []
    reach = kb.phrase_reach
    for length in range(min(kb.longest_phrase, last - first - 1), 0, -1):
        for start in range(first, last - length + 1):
            if reach.get(texts[start], 0) < length:
                continue  # no phrase this long begins with the word: no slice made to look it up
            inner = [target.id for target in kb.phrases.get(texts[start : start + length], ()) if target.kind == wanted]
            if inner:
                found.append(Span(start, start + length, kind, tuple(inner), exact=False))
    return found
