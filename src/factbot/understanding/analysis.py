"""Reading a question into words and spans: what each part of it could mean.

The question is prepared like every other text (cleaned, case-sensitive abbreviations
spelt out), then read by the same readers the knowledge was: periods and dates
(`factbot.knowledge.periods`) and figures (`factbot.knowledge.quantities`). The other
words are corrected against the knowledge's own vocabulary and matched, longest first,
against the phrase index (entity, measure and period aliases, operation cues).

Nothing here decides what the question means. An `Analysis` lists every span with
every target it could have; `factbot.understanding.readings` builds the readings, and
each reading says which words it explains. Every word carries a weight, how much it
says: function words nothing, a word the knowledge rarely uses a lot, a word it never
uses the most, so a reading that leaves it unexplained loses.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from factbot.knowledge.clipped import clipped
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.periods import FoundPeriod, find_periods, find_relative
from factbot.knowledge.phrase_positions import phrase_starts as phrase_starts
from factbot.knowledge.phrase_positions import present_phrases as present_phrases
from factbot.knowledge.quantities import read_quantities
from factbot.understanding.analysis_types import Span as Span
from factbot.understanding.analysis_types import SpanKind as SpanKind
from factbot.understanding.analysis_types import Word as Word
from factbot.understanding.asked_periods import asked_period_words
from factbot.understanding.bare_months import bare_months
from factbot.understanding.bound_pronouns import free_pronoun
from factbot.understanding.charged import charged_words
from factbot.understanding.compound_adjectives import without_graded_compounds
from factbot.understanding.curated_periods import curated_period, outside_curated_periods
from factbot.understanding.elided import elided_periods
from factbot.understanding.epithets import without_epithets
from factbot.understanding.equal_frames import equal_frames
from factbot.understanding.frozen import quick_init
from factbot.understanding.multiples import Multiple, multiples, weighed
from factbot.understanding.name_spans import asks_amount, in_name, names_data
from factbot.understanding.named_dates import dates_not_names
from factbot.understanding.negated_shares import negated_measures
from factbot.understanding.once import once
from factbot.understanding.phrase_spans import gapped_spans, phrase_spans
from factbot.understanding.possessive_shares import possessive_shares
from factbot.understanding.question_words import first_question_word
from factbot.understanding.reader_typos import mend_reader_typos
from factbot.understanding.series_ordinals import series_ordinals
from factbot.understanding.shorthand import read_shorthand
from factbot.understanding.sum_openers import sum_openers
from factbot.understanding.yes_no_form import asks_yes_or_no, question_tag, states_a_claim

UNKNOWN_WEIGHT = 1.0
"""A word no record uses says something the sources may not cover: it outweighs any word they use."""
NAME_WEIGHT = 2.0
"""An unknown capitalised word is probably a name the sources do not know: the weightiest kind of word."""


@quick_init
@dataclass(frozen=True)
class Analysis:
    question: str
    words: tuple[Word, ...]
    spans: tuple[Span, ...]
    weights: tuple[float, ...]
    question_word: str | None
    yes_no: bool
    follow_up: bool
    pronoun: bool
    """It says a pronoun that may point back; not one bound to the kind it asks about (`bound_pronouns`)."""
    corrections: tuple[tuple[str, str], ...]
    wanted_kinds: frozenset[str] = frozenset()
    """The kinds of statement the question asks for (why: a reason; "will": a plan)."""
    asks_amount: bool = False
    """It asks how much or how many."""
    reason_words: frozenset[int] = frozenset()
    """The words asking why ("why", "because"): a reading that explains them otherwise asks no reason."""
    stated: bool = False
    """It is a statement, asked as a yes/no question (`states_a_claim`); a claim checked is one too."""
    charged: frozenset[int] = frozenset()
    """Words that ask what no figure answers, so no reading explains them, and `scoring` charges every reading
    for each as for a name it ignores: a bound with no figure said before a measure's name ("under voting
    age": those the name does not count), the conditional word of a hypothetical (`hypotheticals`)."""
    negated: frozenset[int] = frozenset()
    """Negation words said on a share's measure (`negated_shares`): weighty, explained only by the rest."""
    multiples: tuple[Multiple, ...] = ()
    """Multiples of another figure said in words ("more than half the rate"): the ratio's bound (`multiples`)."""

    def of(self, kind: SpanKind) -> tuple[Span, ...]:
        return self._by_kind.get(kind, ())

    @once
    def _by_kind(self) -> dict[SpanKind, tuple[Span, ...]]:
        """Spans grouped once: candidates ask for them by kind hundreds of times per question."""
        grouped: dict[SpanKind, list[Span]] = {}
        for span in self.spans:
            grouped.setdefault(span.kind, []).append(span)
        return {kind: tuple(spans) for kind, spans in grouped.items()}

    @once
    def texts(self) -> tuple[str, ...]:
        """The words' normalised texts, made once: readings of every measure and operation look them up."""
        return tuple(word.text for word in self.words)

    @once
    def text_set(self) -> frozenset[str]:
        """The words' texts as a set, made once, for asking whether a name or a unit is all in the question."""
        return frozenset(self.texts)

    @once
    def measure_words(self) -> tuple[tuple[Span, frozenset[str], frozenset[str]], ...]:
        """Each measure span with its words' texts and its weighty words' texts, made once: the readings of every
        measure set them against its own names."""
        texts, weights = self.texts, self.weights
        return tuple(
            (
                span,
                frozenset(texts[i] for i in span.indexes),
                frozenset(texts[i] for i in span.indexes if weights[i] > 0),
            )
            for span in self.of(SpanKind.MEASURE)
        )

    @once
    def in_spans(self) -> frozenset[int]:
        """Every word inside a span: the words outside them may still describe a reading's measure."""
        return frozenset(index for span in self.spans for index in span.indexes)

    def weight(self, indexes: Iterable[int]) -> float:
        return sum(map(self.weights.__getitem__, set(indexes)))  # map: no generator frame per word

    @once
    def total_weight(self) -> float:
        return sum(self.weights)

    @once
    def weighty(self) -> tuple[int, ...]:
        """The words that say something (weight above zero), found once rather than per candidate reading."""
        return tuple(index for index, weight in enumerate(self.weights) if weight > 0)

    def text_of(self, indexes: Iterable[int]) -> str:
        """The words as typed; an abbreviation read as several words ("fy2024") is typed once."""
        surfaces = [self.words[index].surface for index in sorted(set(indexes))]
        return " ".join(
            surface for place, surface in enumerate(surfaces) if place == 0 or surface != surfaces[place - 1]
        )


def analyse(question: str, kb: KnowledgeBase) -> Analysis:
    prepared, mended = mend_reader_typos(read_shorthand(kb.normaliser.prepare(question), kb), kb)
    calendar = kb.lexicon.calendar
    written = find_periods(prepared, calendar)
    dates = dates_not_names(outside_curated_periods(written, prepared, kb), prepared, kb)
    relatives = [
        item
        for item in find_relative(prepared, calendar)
        if not _inside(item.start, item.end, dates) and not curated_period(item.text, kb)
    ]
    masked = [(item.start, item.end) for item in written] + [(item.start, item.end) for item in relatives]
    figures = read_quantities(prepared, kb.lexicon.numerals, masked)
    words, char_spans = _words(prepared, kb)
    spans: list[Span] = []
    special: set[int] = set()
    for found in dates:
        first, last = _word_range(char_spans, found.start, found.end)
        spans.append(Span(first, last, SpanKind.PERIOD, kb.periods_by_key.get(found.key, ()), key=found.key))
        special.update(range(first, last))
    for relative in relatives:
        first, last = _word_range(char_spans, relative.start, relative.end)
        spans.append(Span(first, last, SpanKind.RELATIVE, years=relative.years))
        special.update(range(first, last))
    pending: list[Span] = []  # "three" in "the three-company alliance", "100" in "the top 100 shops": names
    for figure in figures:
        first, last = _word_range(char_spans, figure.start, figure.end)
        if first < last and not special & set(range(first, last)):
            pending.append(Span(first, last, SpanKind.FIGURE, quantity=figure))
    words, corrections = _corrected(words, special | {i for span in pending for i in span.indexes}, kb)
    phrases = phrase_spans(words, special, kb)
    phrases += gapped_spans(tuple(word.text for word in words), special, phrases, kb)
    for span in pending:
        if not in_name(span, phrases):
            spans.append(span)
            special.update(span.indexes)
    surfaces, capitals = [word.surface for word in words], [word.capitalised for word in words]
    named = {index for span in phrases for index in span.indexes}
    for index, periods in bare_months(surfaces, capitals, special | named, kb):
        key = kb.period(periods[0]).key if periods else None  # several Marches: a period no figure is of
        spans.append(Span(index, index + 1, SpanKind.PERIOD, periods, key=key))
        special.add(index)
    spans += without_graded_compounds([span for span in phrases if not (special & span.indexes)], char_spans, prepared)
    texts = tuple(word.text for word in words)
    elided = elided_periods(texts, spans, kb)  # "the first to the last of the past three years"
    if elided:
        heads = {span.first for span in elided}
        spans = [span for span in spans if not (span.kind is SpanKind.FIGURE and span.first in heads)] + elided
        special.update(heads)
    spans = series_ordinals(words, spans, kb)  # "the first of those three years to the third"
    special.update(i for span in spans if span.kind is SpanKind.PERIOD for i in span.indexes)
    spans += equal_frames(texts, kb) + possessive_shares(words, spans, kb) + sum_openers(texts, kb)  # "Add X and Y"
    spans, multiple = multiples(words, spans, kb)  # "more than half the rate": a ratio asked, not a figure
    follow_up = _opens_follow_up(texts, kb)
    opener = max((len(item) for item in kb.follow_up_openers if texts[: len(item)] == item), default=0)
    opening = [text for text in texts[opener:] if text not in kb.fillers]
    question_word = first_question_word(texts, kb)
    tag = question_tag(question, texts, kb)  # "..., right?": a claim, its tag saying nothing more
    tagged = bool(tag) and question_word is None and not _found(texts, kb.quantity_openers)
    stated = tagged or states_a_claim(question, texts, question_word, follow_up, kb)
    charged = charged_words(texts, spans, multiple, kb)
    negated = frozenset(negated_measures(tuple(words), tuple(spans), kb))
    weights = _weights(words, spans, special | set(range(len(texts) - tag, len(texts))), kb, charged | negated)
    amount = kb.question_kinds.get(question_word or "") not in NOT_AMOUNTS and asks_amount(
        [found for found in _found(texts, kb.quantity_openers) if not names_data(found, words)], spans
    )
    return Analysis(
        question=question,
        words=tuple(words),
        spans=tuple(sorted(spans, key=lambda span: (span.first, span.kind))),
        weights=weighed(without_epithets(weights, words, spans, kb), multiple, SPECIAL_WEIGHT),
        question_word=question_word,
        yes_no=asks_yes_or_no(opening, texts, _after_commas(prepared, char_spans), kb) or stated,
        follow_up=follow_up,
        pronoun=free_pronoun(texts, spans, kb),
        corrections=(*mended, *corrections),
        wanted_kinds=_wanted_kinds(texts, kb, amount),
        reason_words=frozenset(i for i, text in enumerate(texts) if kb.question_kinds.get(text) == "reason")
        | {
            i
            for cue in present_phrases(texts, kb.statement_kind_cues.get("reason", ()))
            for at in phrase_starts(texts, cue)
            for i in range(at, at + len(cue))
        },
        asks_amount=amount,
        stated=stated,
        charged=charged,
        negated=negated,
        multiples=multiple,
    )


NOT_AMOUNTS = frozenset({"reason", "date", "agent", "place"})
"""What "why", "when", "who" and "where" ask for: "who published the figures?" asks no amount."""


def _inside(start: int, end: int, found: Iterable[FoundPeriod]) -> bool:
    return any(item.start < end and start < item.end for item in found)


def _words(prepared: str, kb: KnowledgeBase) -> tuple[list[Word], list[tuple[int, int]]]:
    words: list[Word] = []
    spans: list[tuple[int, int]] = []
    previous_end = 0
    for start, end, surface, expanded in kb.normaliser.spans(prepared):
        separated = not _BREAKS.isdisjoint(prepared[previous_end:start])
        for position, text in enumerate(expanded):  # positional: a keyword argument costs more per word
            words.append(Word(text, surface, surface[:1].isupper(), False, separated and not position))
            spans.append((start, end))
        previous_end = end
    return words, spans


_BREAKS = frozenset(",;:()[]/+")


def _word_range(char_spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The words whose characters overlap [start, end): found by bisection, since words come in order
    (a scan per figure made a question of a thousand figures quadratic)."""
    first = bisect_right(char_spans, start, key=lambda span: span[1])  # the first word ending after `start`
    last = bisect_left(char_spans, end, key=lambda span: span[0])  # words starting before `end`
    return (first, last) if first < last else (0, 0)


def _corrected(words: list[Word], special: set[int], kb: KnowledgeBase) -> tuple[list[Word], list[tuple[str, str]]]:
    """Fix typos against the knowledge's vocabulary; a capitalised unknown word may only be a misspelt name."""
    fixed: list[Word] = []
    corrections: list[tuple[str, str]] = []
    for index, word in enumerate(words):
        if index in special or word.text in kb.spelling.vocabulary or not word.text.isalpha():
            fixed.append(word)
            continue
        allowed = kb.entity_words if word.capitalised and index > 0 else None
        correction = kb.spelling.correct(word.text, allowed)
        meant = correction.meant if correction is not None else _as_written(word, kb, allowed)
        meant = meant or (clipped(kb, word.surface.casefold()) if not word.capitalised or index == 0 else None)
        if meant is None:
            fixed.append(word)
            continue
        corrections.append((word.surface, meant))
        fixed.append(replace(word, text=meant, corrected=True))
    return fixed, corrections


def _as_written(word: Word, kb: KnowledgeBase, allowed: frozenset[str] | None) -> str | None:
    """A typo corrected as written, then stemmed: "producton" is one letter from "production", though its
    stem is two from "product"."""
    surface = word.surface.casefold()
    if not surface.isalpha():
        return None
    correction = kb.surface_spelling.correct(surface)
    if correction is None:
        return None
    stem = kb.normaliser.words(correction.meant)
    if len(stem) != 1 or stem[0] not in kb.spelling or (allowed is not None and stem[0] not in allowed):
        return None
    return stem[0]


LIGHT_WEIGHT = 0.3
"""A common verb or general word ("take", "represent") unexplained costs a reading little."""
CHARGED_WEIGHT = 1.0
"""A word no reading explains (`Analysis.charged`) weighs a content word."""
SPECIAL_WEIGHT = 1.2
"""A period or a figure, however many words it takes, weighs about one content word."""


def _weights(
    words: list[Word], spans: list[Span], special: set[int], kb: KnowledgeBase, charged: frozenset[int]
) -> tuple[float, ...]:
    starts = {span.first for span in spans if span.kind in (SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE)}
    texts = tuple(word.text for word in words)
    openers = {
        index
        for opener in present_phrases(texts, (*kb.quantity_openers, *kb.filler_phrases))
        for start in phrase_starts(texts, opener)
        for index in range(start, start + len(opener))
    }  # "how big", "how long": asking for an amount, not about size or length; "on its own": nothing
    leads = (*kb.topic_openers, *kb.follow_up_openers)  # "new question", "same for": where the question stands
    openers |= {index for opener in leads if texts[: len(opener)] == opener for index in range(len(opener))}
    keyworded = {
        index
        for text in set(texts)
        for phrase in kb.keyword_phrases.get(text, ())
        for start in phrase_starts(texts, phrase)
        for index in range(start, start + len(phrase))
        if texts[index] in kb.fillers
    } | asked_period_words(texts, spans, kb)  # a keyword phrase's fillers, and "which year" of an extreme, are asked
    weights = []
    for index, word in enumerate(words):
        if index in keyworded and index not in special:
            weights.append(kb.informativeness(word.text) or UNKNOWN_WEIGHT)
        elif index in charged:
            weights.append(CHARGED_WEIGHT)
        elif index in openers:
            weights.append(0.0)
        elif index in special:
            weights.append(SPECIAL_WEIGHT if index in starts else 0.0)
        else:
            weights.append(_weight(word, index, kb))
    return tuple(weights)


def _weight(word: Word, index: int, kb: KnowledgeBase) -> float:
    """How much a word says: nothing for function words, most for a name the knowledge does not know."""
    if word.text in kb.harmless or not word.text:
        return 0.0
    if word.text in kb.light_words:
        return LIGHT_WEIGHT
    known = kb.informativeness(word.text)
    if known is None:
        return NAME_WEIGHT if word.capitalised and index > 0 and not word.corrected else UNKNOWN_WEIGHT
    return known


def _found(texts: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """Where each of `phrases` occurs: its first word and the word after its last."""
    return [
        (start, start + len(phrase))
        for phrase in present_phrases(texts, phrases)
        for start in phrase_starts(texts, phrase)
    ]


LEADING_CLAUSES = 2
"""How many commas a yes/no question may open after ("hey, under the decree, can X ...?")."""


def _after_commas(prepared: str, char_spans: list[tuple[int, int]]) -> tuple[int, ...]:
    """The first word after each of the question's first commas."""
    found: list[int] = []
    comma = prepared.find(",")
    while comma >= 0 and len(found) < LEADING_CLAUSES:
        index = next((index for index, (start, _) in enumerate(char_spans) if start > comma), None)
        if index is not None:
            found.append(index)
        comma = prepared.find(",", comma + 1)
    return tuple(found)


def _opens_follow_up(texts: tuple[str, ...], kb: KnowledgeBase) -> bool:
    return any(texts[: len(opener)] == opener for opener in kb.follow_up_openers if opener)


def _wanted_kinds(texts: tuple[str, ...], kb: KnowledgeBase, amount: bool) -> frozenset[str]:
    """The kinds of statement the question asks for: by its question word (why: a reason), and by the
    words that mark a kind ("will" a plan, "said" a report), the same words the draft tool reads. A word of
    cause in a question asking an amount, a person, a time, a place or a choice ("how many storms caused ...",
    "which plant caused ...") says what is counted or chosen, not that a reason is asked."""
    question_word = first_question_word(texts, kb)
    asked = kb.question_kinds[question_word] if question_word is not None else None
    wanted = {asked} if asked is not None else set()
    for kind, cues in kb.statement_kind_cues.items():
        if kind == "reason" and (amount or asked not in OPEN_KINDS):
            continue
        if any(phrase_starts(texts, cue) for cue in present_phrases(texts, cues)):
            wanted.add(kind)
    return frozenset(wanted)


OPEN_KINDS = frozenset({None, "thing", "reason"})
"""Question words that leave open what is asked ("what caused ...?"): a word of cause in their question asks why."""
