"""A rise or fall the sources say only in words: "{measure} declined in {year} (to {figure})".

The sources often give a level and say which way it moved, with no figure for the change. Asked "did it go
up?" of such a level, the answer is in those words: the figure's own quote says it "declined". Only a clause
that is plainly about the figure settles it, so the direction word belongs to the measure asked, in the period
asked:
- the clause names the measure (its name or an alias), and the move word follows it ("the rate declined"): a
  comparative ("a higher rate"), a bound ("up to 50%") or the measure's own words ("higher order births") are
  no move, and a figure the move starts from ("fell from 141 million") is not where it ended;
- it names no other period than the figure's, no other measure and no other name the sources know ("as births
  declined", "down from a peak in 2008" are about something else, or another time);
- it does not deny the move ("did not fall"), and says one way only.
Every clause that passes must say the same way; any doubt leaves the question unsettled.
"""

from __future__ import annotations

from dataclasses import replace
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
    says so, its clauses disagree, or the figure is where the move started ("fell from 141 million")."""
    if _starts_the_move(fact.evidence.quote, fact.value_text):
        return None
    ways: set[bool | None] = set()
    for clause in clauses(fact.evidence.quote):
        found = _clause_way(clause, fact, kb)
        if found is not _SILENT:
            ways.add(found if isinstance(found, bool) else None)
    return ways.pop() if len(ways) == 1 else None


_SILENT = "silent"
"""A clause that says no move of the figure."""


def _clause_way(clause: str, fact: Fact, kb: KnowledgeBase) -> bool | str | None:
    """The way one clause says the figure moved: True up, False down, None unsettled, `_SILENT` when it says
    no move of it. The move word must follow the measure's own name ("the rate declined"), its own words set
    aside ("higher order births" says no rise), and be a verb of moving: a comparative ("a higher rate") or a
    bound ("up to 50%") says no move."""
    words = kb.normaliser.words(clause)
    own = _phrases(kb, "measure", fact.measure)
    rest = _masked(words, own)
    named = [index for index, (word, kept) in enumerate(zip(words, rest, strict=True)) if word and not kept]
    if not named or not own_periods_only(clause, fact, kb) or _names_another(rest, fact, kb):
        return _SILENT
    still = _comparatives(kb)
    moves = [
        word in kb.up_words
        for index, word in enumerate(rest)
        if index > named[0]
        and word in kb.up_words | kb.down_words
        and word not in still
        and not (word in UP_TO[:1] and rest[index + 1 : index + 2] == UP_TO[1:])
    ]
    if not moves:
        return _SILENT
    return None if len(set(moves)) > 1 or _denied(rest, kb) else moves[0]


UP_TO = ("up", "to")
"""A bound, not a move: "up to 50%"."""
_FROM = "from"


def _starts_the_move(quote: str, figure: str) -> bool:
    """Whether the figure is where the move began: "from" just before it ("falling from 141 million", "down
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
    return any(_holds(rest, phrase) for phrase in others)


def _masked(words: Words, phrases: tuple[Words, ...]) -> Words:
    """The words with every occurrence of the phrases blanked out."""
    kept = list(words)
    for phrase in sorted(phrases, key=len, reverse=True):
        size = len(phrase)
        for index in range(len(kept) - size + 1):
            if tuple(kept[index : index + size]) == phrase:
                kept[index : index + size] = [""] * size
    return tuple(kept)


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


def _holds(words: Words, phrase: Words) -> bool:
    """Whether `phrase` stands in `words`, its words in a row."""
    size = len(phrase)
    return any(words[index : index + size] == phrase for index in range(len(words) - size + 1))
