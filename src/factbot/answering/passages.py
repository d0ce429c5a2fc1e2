"""A statement and the sentence that goes on from it, answered as one passage.

A source sentence that opens on a word pointing back at the one before it ("It enables ...",
"But the results were ...") is not whole on its own: the two sentences are one passage. The
answer is the passage, not one of its sentences, when

- the statements of both sentences explain the question about equally well (within
  `STATEMENT_TIE`): picking one would be a guess between two halves of one thought, and a
  wrong guess is the worst answer there is;
- the question asks what came of something (the lexicon's `sequel_cues`: "what happened
  with", "what came of") and the best statement is the first half: what followed is said next;
- the question asks why, and the best statement gives no reason: the sentence going on from it
  says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from factbot.answering.outcome import Outcome
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence, Statement
from factbot.understanding.analysis import Analysis, phrase_starts
from factbot.understanding.decide import STATEMENT_TIE, Decision, Scored, Verdict


def as_passage(
    decision: Decision, outcome: Outcome | None, scored: Sequence[Scored], analysis: Analysis, kb: KnowledgeBase
) -> tuple[Decision, Outcome | None]:
    """The decision and outcome, with a statement answer (or a choice between two statements) made the passage
    its sentence belongs to when the question asks for the whole of it; unchanged otherwise."""
    best = decision.best
    if best is None or best.reading.statement is None or best.reading.yes_no:
        return decision, outcome
    if decision.verdict is Verdict.CLARIFY:
        return _chosen_passage(decision, kb)
    if decision.verdict is not Verdict.ANSWER or outcome is None:
        return decision, outcome
    numbers = {best.reading.statement, *_tied(best, scored, kb)}
    if _asks_sequel(analysis, kb) or _why_of_no_reason(best.reading.statement, analysis, kb):
        numbers |= set(_going_on(best.reading.statement, kb))
    if len(numbers) == 1:
        return decision, outcome
    return decision, _passage(sorted(numbers, key=lambda number: _place(number, kb)), kb)


def _chosen_passage(decision: Decision, kb: KnowledgeBase) -> tuple[Decision, Outcome | None]:
    """A choice between the two sentences of one passage is no choice: the answer is the passage."""
    numbers = [item.reading.statement for item in decision.options]
    if len(numbers) != 2 or None in numbers or any(item.reading.yes_no for item in decision.options):
        return decision, None
    first, second = sorted((n for n in numbers if n is not None), key=lambda number: _place(number, kb))
    if not _one_passage(first, second, kb):
        return decision, None
    return Decision(Verdict.ANSWER, decision.best), _passage([first, second], kb)


def _tied(best: Scored, scored: Sequence[Scored], kb: KnowledgeBase) -> list[int]:
    """The statements as good as the best whose sentences make one passage with its sentence."""
    number = best.reading.statement
    assert number is not None
    found: list[int] = []
    for item in scored:
        other = item.reading.statement
        if other is None or other == number or item.reading.yes_no:
            continue
        if best.score.total - item.score.total > STATEMENT_TIE:
            continue
        first, second = sorted((number, other), key=lambda each: _place(each, kb))
        if _one_passage(first, second, kb):
            found.append(other)
    return found


def _going_on(number: int, kb: KnowledgeBase) -> list[int]:
    """The statements of the sentence right after this statement's, when that sentence goes on from it."""
    source, sentence = _place(number, kb)
    following = _tables(kb).by_sentence.get((source, sentence + 1), ())
    return [other for other in following if _one_passage(number, other, kb)]


def _one_passage(first: int, second: int, kb: KnowledgeBase) -> bool:
    """The second statement's sentence comes right after the first's and opens by pointing back at it."""
    source, sentence = _place(first, kb)
    if _place(second, kb) != (source, sentence + 1):
        return False
    opening = kb.normaliser.words(kb.sentence(_home(kb.knowledge.statements[second])).text)
    return any(opening[: len(words)] == words for words in _tables(kb).continuations)


def _passage(numbers: Sequence[int], kb: KnowledgeBase) -> Outcome:
    """The statements' answers in the order the source says them, each with its evidence."""
    statements = [kb.knowledge.statements[number] for number in numbers]
    evidence: tuple[Evidence, ...] = tuple(item for statement in statements for item in statement.evidence)
    subjects = tuple(dict.fromkeys(subject for statement in statements for subject in statement.about))
    return Outcome(" ".join(statement.answer for statement in statements), evidence, subjects=subjects)


def _asks_sequel(analysis: Analysis, kb: KnowledgeBase) -> bool:
    texts = tuple(word.text for word in analysis.words)
    return any(phrase_starts(texts, cue) for cue in _tables(kb).sequel_cues)


def _why_of_no_reason(number: int, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """ "Why does X matter?" reaching "X's importance is self-evident": the statement gives no reason, and the
    sentence that goes on from it ("It enables ...") is where the source says why."""
    return "reason" in analysis.wanted_kinds and kb.knowledge.statements[number].kind != "reason"


def _home(statement: Statement) -> Evidence:
    return statement.evidence[0]


def _place(number: int, kb: KnowledgeBase) -> tuple[str, int]:
    home = _home(kb.knowledge.statements[number])
    return home.source, home.sentence


@dataclass(frozen=True)
class _Tables:
    """What passages need of a knowledge base, made once for it."""

    by_sentence: dict[tuple[str, int], tuple[int, ...]]
    """The statements whose first evidence is each (source, sentence)."""
    continuations: tuple[tuple[str, ...], ...]
    """The openings by which a sentence goes on from the one before: the continuation words and pronouns."""
    sequel_cues: tuple[tuple[str, ...], ...]


_TABLES: WeakKeyDictionary[KnowledgeBase, _Tables] = WeakKeyDictionary()


def _tables(kb: KnowledgeBase) -> _Tables:
    known = _TABLES.get(kb)
    if known is None:
        by_sentence: dict[tuple[str, int], tuple[int, ...]] = {}
        for number, statement in enumerate(kb.knowledge.statements):
            key = (_home(statement).source, _home(statement).sentence)
            by_sentence[key] = (*by_sentence.get(key, ()), number)
        lexicon = kb.lexicon
        openings = (*lexicon.continuation_words, *sorted(lexicon.pronouns))
        known = _Tables(
            by_sentence,
            tuple(words for words in map(kb.normaliser.words, openings) if words),
            tuple(words for words in map(kb.normaliser.words, lexicon.sequel_cues) if words),
        )
        _TABLES[kb] = known
    return known
