"""A name that ends a longer measure phrase: "work on weekend days" is a measure and also "weekend days".

Phrases are read longest first, so a measure alias that takes in a name hides the name: "how many hours
did they work on weekend days" would find the measure "worked on weekend days" (a share) and lose the
subject "weekend days" of the hours asked. The name that closes the phrase is kept as a span of its own,
beside the measure's, and the readings choose: one over the hours explains "weekend days" by the name, one
over the share by the measure. Only when the question names another measure, though: the phrase alone
names its own measure ("what share worked on weekend days"), and a piece of it naming another one (a bare
"work") would only make readings the question does not ask.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import ENTITY, MEASURE, Target
from factbot.understanding.analysis_types import Span, SpanKind


def names_closing(
    texts: tuple[str, ...], first: int, last: int, targets: tuple[Target, ...], kb: KnowledgeBase
) -> list[Span]:
    """The longest entity name that ends a measure phrase and starts after its first word, with the words before
    it when they are a phrase of their own ("work" of "work on weekend days"); none when no name ends it. The
    phrase's own place comes first, with no targets, for `beside_other_measures`."""
    if last - first < 2 or any(target.kind != MEASURE for target in targets):
        return []
    for start in range(first + 1, last):
        if kb.phrase_reach.get(texts[start], 0) < last - start:  # no phrase this long begins here: no slice looked up
            continue
        if last - start == 1 and texts[start] in kb.stopwords:
            continue
        names = tuple(target.id for target in kb.phrases.get(texts[start:last], ()) if target.kind == ENTITY)
        if names:
            phrase = Span(first, last, SpanKind.MEASURE, ())
            return [phrase, Span(start, last, SpanKind.ENTITY, names, exact=False), *_before(texts, first, start, kb)]
    return []


def _before(texts: tuple[str, ...], first: int, start: int, kb: KnowledgeBase) -> list[Span]:
    """The words before the name, less the stopwords that lead into it, as the measure they name, if they do."""
    end = start
    while end > first and texts[end - 1] in kb.stopwords:
        end -= 1
    measures = tuple(target.id for target in kb.phrases.get(texts[first:end], ()) if target.kind == MEASURE)
    return [Span(first, end, SpanKind.MEASURE, measures, exact=False)] if end > first and measures else []


def beside_other_measures(closing: list[Span], spans: list[Span]) -> list[Span]:
    """The names closing measure phrases (each list from `names_closing` led by its phrase's place), kept only
    when a measure is named outside the phrase."""
    kept: list[Span] = []
    measures = [span for span in spans if span.kind is SpanKind.MEASURE]
    phrase: Span | None = None
    for span in closing:
        if not span.targets:
            phrase = span
            continue
        assert phrase is not None
        if any(other.last <= phrase.first or other.first >= phrase.last for other in measures):
            kept.append(span)
    return kept


def exact_inside(texts: tuple[str, ...], first: int, last: int, kb: KnowledgeBase, exact: bool) -> list[Span]:
    """The names said word for word inside a phrase matched only loosely (with other stopwords inside): the loose
    match is a guess ("men have than women" read as the measure "men over women"), and the names it takes in may
    be what the question says. Measures inside are left to the loose match: read too, they made readings of
    a measure's pieces that other questions do not ask."""
    if exact:
        return []
    found: list[Span] = []
    position = first
    while position < last:
        length = next(
            (
                length
                for length in range(min(kb.longest_phrase, last - position), 0, -1)
                if (length, position) != (last - first, first) and _named(texts[position : position + length], kb)
            ),
            0,
        )
        if not length:
            position += 1
            continue
        found += [
            Span(position, position + length, _KIND[target.kind], (target.id,), exact=False)
            for target in kb.phrases[texts[position : position + length]]
            if target.kind in _KIND
        ]
        position += length
    return found


_KIND = {ENTITY: SpanKind.ENTITY}


def _named(words: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether the words are a name, and not a stopword alone."""
    if len(words) == 1 and words[0] in kb.stopwords:
        return False
    return any(target.kind in _KIND for target in kb.phrases.get(words, ()))


def measures_closing(
    texts: tuple[str, ...], first: int, last: int, targets: tuple[Target, ...], kb: KnowledgeBase
) -> list[Span]:
    """The measure whose alias ends a name ("working from home" of "people working from home"), when the
    question says another word of that measure's outside the name ("the share of people working from home"):
    the name may be the measure's own words, said of whoever its figures are of."""
    if last - first < 2 or any(target.kind != ENTITY for target in targets):
        return []
    outside: set[str] | None = None  # the words outside the name, gathered once a measure alias ends it
    for start in range(first + 1, last):
        if kb.phrase_reach.get(texts[start], 0) < last - start:
            continue
        inner = [target.id for target in kb.phrases.get(texts[start:last], ()) if target.kind == MEASURE]
        if not inner:
            continue
        if outside is None:
            outside = {text for index, text in enumerate(texts) if not first <= index < last} - kb.stopwords
        measures = tuple(measure for measure in inner if outside & kb.measure_words[measure])
        if measures:
            return [Span(start, last, SpanKind.MEASURE, measures, exact=False)]
    return []
