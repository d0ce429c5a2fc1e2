"""Multiples and fractions of another figure said in words: "more than half the 1983 rate", "twice as many as",
"at least three times Bolt's". Such words set one figure against a multiple of another, so they ask for the ratio
of the two, bounded by the factor: each becomes a cue of the ratio operation (`Multiple` keeps the factor and the
bound for the yes/no verdict), and the fraction is no longer a figure claimed of one side ("half" is not 50%).

A fraction after "by" ("rose by half") is the size of a change, a percentage: it stays a figure too.
A fraction followed by "of" and a name or measure ("more than half of union members") is a share of a whole, not
a multiple of another figure: it stays a figure. A multiple word with no bound ("is it double?") asks about equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.quantities import Bound
from factbot.understanding.analysis_types import Span, SpanKind, Word
from factbot.understanding.equal_frames import MAX_HOLE

RATIO = "ratio"
TIMES = "time"
"""The normalised "times" of "three times the rate"."""
OF = "of"
BY = "by"
"""Before a fraction, the size of a change ("grew by half", "by more than a third"): a percentage, no multiple."""
DETERMINERS = frozenset({"the", "that", "those"})
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
FRAMES = frozenset({"as"})
"""The "as ... as" around a word of amount: "twice as many as"."""


@dataclass(frozen=True)
class Multiple:
    """A factor said in words, how it bounds the ratio asked ("more than half": more than 0.5), and its words."""

    factor: Decimal
    bound: Bound
    indexes: frozenset[int]
    head: int
    """The word of the factor ("half", "twice", "times"): the one that weighs, not the bound before it, which may
    be a comparative a comparison explains ("more" of "more than double")."""


def multiples(words: list[Word], spans: list[Span], kb: KnowledgeBase) -> tuple[list[Span], tuple[Multiple, ...]]:
    """The spans with each multiple read as a ratio cue (the figure it was read as dropped), and the multiples."""
    texts = tuple(word.text for word in words)
    found: list[tuple[Span | None, Multiple]] = []
    for span in spans:
        multiple = _of_figure(span, words, spans, kb) if span.kind is SpanKind.FIGURE else None
        if multiple is not None:
            found.append((span, multiple))
    factors = _factor_words(kb)
    if factors.keys() & set(texts):  # a multiple word, outside the names: "Double Bay" is no factor
        named = {i for span in spans if span.kind in (SpanKind.ENTITY, SpanKind.MEASURE) for i in span.indexes}
        found += [
            (None, _of_word(i, factors[text], texts, kb))
            for i, text in enumerate(texts)
            if text in factors and i not in named
        ]
    if not found:
        return spans, ()
    absorbed = {id(span) for span, _ in found if span is not None}
    kept = [span for span in spans if id(span) not in absorbed]
    cues = [Span(min(item.indexes), max(item.indexes) + 1, SpanKind.CUE, (RATIO,)) for _, item in found]
    return kept + cues, tuple(item for _, item in found)


def weighed(weights: tuple[float, ...], found: tuple[Multiple, ...], weight: float) -> tuple[float, ...]:
    """A multiple weighs like a figure (`weight`), however many words it takes: its first word, none the rest."""
    if not found:
        return weights
    changed = list(weights)
    for item in found:
        for index in item.indexes:
            changed[index] = weight if index == item.head else 0.0
    return tuple(changed)


def _of_figure(span: Span, words: list[Word], spans: list[Span], kb: KnowledgeBase) -> Multiple | None:
    """ "three times the rate" (a count before "times"), "more than half the rate" (a fraction before another
    side, not before "of" and what may be a whole it is a share of)."""
    texts = tuple(word.text for word in words)
    quantity = span.quantity
    if span.kind is not SpanKind.FIGURE or quantity is None or quantity.bound is Bound.RANGE:
        return None
    after = span.last
    if after < len(texts) and texts[after] == TIMES and not quantity.percent and not quantity.currency:
        taken = frozenset(range(span.first, after + 1)) | _frame(after + 1, texts)
        return Multiple(quantity.value, quantity.bound, taken, after)
    fraction = _fractions(kb).get(texts[span.first : span.last][-2:]) or _fractions(kb).get(
        texts[span.last - 1 : span.last]
    )
    if fraction is None or after >= len(texts) or not _before_a_side(after, words, spans):
        return None
    if span.first > 0 and texts[span.first - 1] == BY:
        return None  # "rose by half": a change of 50%, not a multiple of another figure
    return Multiple(fraction, quantity.bound, span.indexes | _frame(after, texts), span.last - 1)


def _before_a_side(after: int, words: list[Word], spans: list[Span]) -> bool:
    """Whether the words after a fraction name another figure ("half the 1983 rate", "half as high as", "half of
    the 1983 rate", "half of Bolt's"), not a whole it may be a share of ("half of union members", "of Ohio")."""
    if words[after].text != OF:
        return True
    following = after + 1
    while following < len(words) and words[following].text in DETERMINERS:
        following += 1
    periods = {span.first for span in spans if span.kind in (SpanKind.PERIOD, SpanKind.RELATIVE)}
    owners = {span.first for span in spans if span.kind is SpanKind.ENTITY and _possessive(words[span.last - 1])}
    return following in periods | owners


def _possessive(word: Word) -> bool:
    return word.surface.endswith(POSSESSIVE_ENDINGS)


def _of_word(index: int, factor: Decimal, texts: tuple[str, ...], kb: KnowledgeBase) -> Multiple:
    """ "more than twice as many as": the factor word, the bound said just before it, the "as ... as" after."""
    for phrase, bound in _bounds(kb):
        start = index - len(phrase)
        if start >= 0 and texts[start:index] == phrase:
            return Multiple(factor, bound, frozenset(range(start, index + 1)) | _frame(index + 1, texts), index)
    return Multiple(factor, Bound.EXACT, frozenset({index}) | _frame(index + 1, texts), index)


def _frame(start: int, texts: tuple[str, ...]) -> frozenset[int]:
    """The "as many as", "as much as", "as high as" right after the factor, the measure maybe inside it ("as many
    vehicles as"): the two words that open it and the one that closes it."""
    if start + 2 >= len(texts) or texts[start] not in FRAMES:
        return frozenset()
    closing = next(
        (at for at in range(start + 2, start + 2 + MAX_HOLE + 1) if at < len(texts) and texts[at] in FRAMES), None
    )
    return frozenset({start, start + 1, closing}) if closing is not None else frozenset()


@lru_cache(maxsize=16)
def _factor_words(kb: KnowledgeBase) -> dict[str, Decimal]:
    """The lexicon's multiple words, normalised, with their factors (a factor that is no number is left out)."""
    factors: dict[str, Decimal] = {}
    for word, value in kb.lexicon.multiplier_words.items():
        words = kb.normaliser.words(word)
        try:
            factor = Decimal(value)
        except InvalidOperation:
            continue
        if len(words) == 1 and factor.is_finite() and factor > 0:
            factors[words[0]] = factor
    return factors


@lru_cache(maxsize=16)
def _fractions(kb: KnowledgeBase) -> dict[tuple[str, ...], Decimal]:
    """The lexicon's fraction words, normalised, as factors ("half": 0.5)."""
    fractions: dict[tuple[str, ...], Decimal] = {}
    for word, value in kb.lexicon.fraction_words.items():
        try:
            fractions[kb.normaliser.words(word)] = Decimal(value) / 100
        except InvalidOperation:
            continue
    return fractions


@lru_cache(maxsize=16)
def _bounds(kb: KnowledgeBase) -> tuple[tuple[tuple[str, ...], Bound], ...]:
    """The bound phrases of the number reader, normalised, longest first ("no more than" before "more than")."""
    phrases = ((kb.normaliser.words(text), bound) for text, bound in kb.lexicon.numerals.bounds.items())
    return tuple(sorted(((words, bound) for words, bound in phrases if words), key=lambda item: -len(item[0])))
