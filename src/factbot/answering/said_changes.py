"""A rise or fall the sources say only in words: "{measure} declined in {year} (to {figure})".

The sources often give a level and say which way it moved, with no figure for the change. Asked "did it go
up?" of such a level, the answer is in those words: the figure's own quote says it "declined". Only a clause
that is plainly about the figure settles it, so the direction word belongs to the measure asked, in the period
asked:
- the clause names the measure (its name or an alias), and the move word follows it ("the rate declined"): a
  comparative ("a higher rate"), a bound ("up to 50%") or the measure's own words ("higher grade widgets") are
  no move, and a figure the move starts from ("fell from 140 widgets") is not where it ended;
- it names no other period than the figure's, no other measure and no other name the sources know ("as orders
  declined", "down from a peak in 2010" are about something else, or another time);
- it does not deny the move ("did not fall"), and says one way only.
Every clause that passes must say the same way; any doubt leaves the question unsettled.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum, auto
from functools import lru_cache

from factbot.answering.clauses import clauses
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import capitalised, describe, name, period_phrase, possessive
from factbot.answering.plan import outcome_of
from factbot.answering.values import Value, levels
from factbot.knowledge.denials import negates
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.periods import find_periods
from factbot.knowledge.phrase_positions import phrase_starts
from factbot.understanding.direction import comparison_words
from factbot.understanding.reading import Reading

Words = tuple[str, ...]


def said_change(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The way the one subject's stated level moved, as its quote says it in words; None unless every level
    asked about is quoted with one way only. Asked only as yes or no ("did it go up?", "up or down?"): the
    words say which way, never by how much."""
    if not reading.yes_no or reading.measure is None or len(reading.subjects) != 1 or len(set(reading.periods)) > 1:
        return None
    if kb.measures[reading.measure].is_change:
        return None
    found = [
        value
        for value in levels(kb, reading.subjects[0], reading.measure, reading.periods, reading.market)
        if not value.derived
    ]
    ways = {said_direction(fact, kb) for value in found for fact in value.facts}
    if len(ways) != 1 or None in ways:
        return None
    up = ways.pop()
    return _outcome(kb, found, up is True)


def _outcome(kb: KnowledgeBase, found: list[Value], up: bool) -> Outcome:
    first = found[0]
    owner = capitalised(possessive(name(kb, first.subject)))
    verb = "rose" if up else "fell"
    periods = "".join(dict.fromkeys(period_phrase(kb, value.period) for value in found))
    text = (
        f"{owner} {kb.measures[first.measure].name} {verb}{periods}, the sources say, with no figure for the"
        f" change. {' '.join(describe(kb, value) for value in found)}"
    )
    return replace(outcome_of(kb, text, found), direction=up)


def said_direction(fact: Fact, kb: KnowledgeBase) -> bool | None:
    """Which way the fact's own quote says its figure moved (True: up); None when no clause about the figure
    says so, its clauses disagree, or the figure is where the move started ("fell from 140 widgets")."""
    if _starts_the_move(fact.evidence.quote, fact.value_text):
        return None
    ways: set[bool | None] = set()
    for clause in clauses(fact.evidence.quote):
        found = _clause_way(clause, fact, kb)
        if not isinstance(found, _Silent):
            ways.add(found if isinstance(found, bool) else None)
    return ways.pop() if len(ways) == 1 else None


class _Silent(Enum):
    """A clause that says no move of the figure: apart from a way (True up, False down) or an unsettled one."""

    SILENT = auto()


def _clause_way(clause: str, fact: Fact, kb: KnowledgeBase) -> bool | _Silent | None:
    """The way one clause says the figure moved: True up, False down, None unsettled, SILENT when it says
    no move of it. The move word must follow the measure's own name ("the rate declined"), its own words set
    aside ("higher grade widgets" says no rise), be a verb of moving (a comparative, "a higher rate", or a
    bound, "up to 50%", says no move) and be the verb of the measure's own clause (`_own_verb`)."""
    words = kb.normaliser.words(clause)
    own = _phrases(kb, "measure", fact.measure)
    rest = _masked(words, own)
    named = [index for index, (word, kept) in enumerate(zip(words, rest, strict=True)) if word and not kept]
    if not named or not own_periods_only(clause, fact, kb) or _names_another(rest, fact, kb):
        return _Silent.SILENT
    still = _comparatives(kb)
    at = [
        index
        for index, word in enumerate(rest)
        if index > named[0]
        and word in kb.up_words | kb.down_words
        and word not in still
        and not (word in UP_TO[:1] and rest[index + 1 : index + 2] == UP_TO[1:])
    ]
    if not at or not _own_verb(rest, max(index for index in named if index < at[0]), at[0], fact, kb):
        return _Silent.SILENT
    moves = [rest[index] in kb.up_words for index in at]
    return None if len(set(moves)) > 1 or _denied(rest, kb) else moves[0]


def _own_verb(rest: Words, named: int, move: int, fact: Fact, kb: KnowledgeBase) -> bool:
    """Whether the move word is the verb of the measure's own clause: between the measure's name and it stand
    only the figure's own words ("Acme's rate was 4% in 2021, down"), not "the rate was 4% as demand fell"."""
    return the_figures_own(rest[named + 1 : move], fact, kb)


def the_figures_own(between: Words, fact: Fact, kb: KnowledgeBase) -> bool:
    """Whether words standing between the figure (or its measure's name) and what is said of it leave it the
    figure's: only small words and the figure's own (its value, measure, period and subject), no word opening
    another clause ("as", "while") and no other word, which may be what the rest is said of ("demand")."""
    if any(word in _clause_openers(kb) for word in between):
        return False
    small = _figure_words(fact, kb)
    return all(not word or word in small or any(char.isdigit() for char in word) for word in between)


@lru_cache(maxsize=16)
def _clause_openers(kb: KnowledgeBase) -> frozenset[str]:
    """The lexicon's clause openers ("as", "while"), as normalised words."""
    return frozenset(word for text in kb.lexicon.clause_openers for word in kb.normaliser.words(text))


@lru_cache(maxsize=4096)
def _figure_words(fact: Fact, kb: KnowledgeBase) -> frozenset[str]:
    """The words of the figure itself: its value, its measure's and its subject's names, its period's spellings
    and the words naming periods ("year", "quarter"), with the lexicon's small words (stopwords, fillers, light
    words)."""
    texts = [fact.value_text, *kb.lexicon.period_words]
    if fact.period is not None:
        period = kb.period(fact.period)
        texts += [period.label, *period.aliases]
    found = {word for text in texts for word in kb.normaliser.words(text)}
    found.update(kb.stopwords | kb.fillers | kb.light_words)
    return frozenset(found.union(*_phrases(kb, "entity", fact.subject), *_phrases(kb, "measure", fact.measure)))


UP_TO = ("up", "to")
"""A bound, not a move: "up to 50%"."""
_FROM = "from"


def _starts_the_move(quote: str, figure: str) -> bool:
    """Whether the figure is where the move began: "from" just before it ("falling from 140 widgets", "down
    from a record 2.1 million")."""
    at = quote.find(figure)
    return at > 0 and _FROM in quote[:at].lower().split()[-3:]


@lru_cache(maxsize=16)
def _comparatives(kb: KnowledgeBase) -> frozenset[str]:
    """Words comparing one figure with another ("higher", "lower"): no move over time."""
    return comparison_words(kb, "higher") | comparison_words(kb, "lower")


def _denied(words: Words, kb: KnowledgeBase) -> bool:
    """Whether the clause says "not" of the move: "declined" is a fall here, not a refusal."""
    moving = kb.up_words | kb.down_words
    return negates(tuple(word for word in words if word not in moving), kb)


def _names_another(rest: Words, fact: Fact, kb: KnowledgeBase) -> bool:
    """Whether the clause, the measure's own words set aside, names another measure or name the sources know."""
    others = (
        phrase
        for kind, ids in (("measure", kb.measures), ("entity", kb.entities))
        for other in ids
        if other not in (fact.measure, fact.subject)
        for phrase in _phrases(kb, kind, other)
    )
    return any(phrase_starts(rest, phrase) for phrase in others)


def _masked(words: Words, phrases: tuple[Words, ...]) -> Words:
    """The words with every occurrence of the phrases blanked out, the longest first."""
    kept = words
    for phrase in sorted(phrases, key=len, reverse=True):
        for start in phrase_starts(kept, phrase):
            if kept[start : start + len(phrase)] == phrase:  # not overlapping one blanked just before
                kept = (*kept[:start], *[""] * len(phrase), *kept[start + len(phrase) :])
    return kept


def own_periods_only(clause: str, fact: Fact, kb: KnowledgeBase) -> bool:
    """Whether every period the clause names is the figure's own (none named: the quote is the figure's), so
    what it says is said of the figure's period: "down from a peak in 2010" is not."""
    found = find_periods(clause, kb.lexicon.calendar)
    if not found:
        return True
    if fact.period is None:
        return False
    period = kb.period(fact.period)
    spellings = " ".join((period.label, *period.aliases))
    return all(item.key in period.keys or item.key == period.key or item.text in spellings for item in found)


@lru_cache(maxsize=4096)
def _phrases(kb: KnowledgeBase, kind: str, record: str) -> tuple[Words, ...]:
    """The normalised words of a measure's or a name's name and aliases."""
    item = kb.measures[record] if kind == "measure" else kb.entities[record]
    texts = (item.name, *item.aliases)
    return tuple(words for words in dict.fromkeys(kb.normaliser.words(text) for text in texts) if words)
