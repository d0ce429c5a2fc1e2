"""`factbot verify --probe`: ask the engine a question of every record, and report what it cannot reach.

`verify` proves that each record is true to its source; it cannot tell whether anyone will ever
get the record back. A fact whose measure is named only by a word questions skip, or a statement
whose words are all another statement's too, is correct and useless. The probe finds those by
doing what a user does: it writes the plain questions each record should answer, from templates
filled with the record's own names and words (never with words of a particular document), asks
them through the public `Engine.ask`, and checks that the answer cites the record's sentence and,
for a fact, states its figure. It sits above the engine so that it tests exactly what users get;
the import contracts in `pyproject.toml` keep it off the engine's internals.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from itertools import combinations, pairwise

from factbot.engine import Engine
from factbot.knowledge.figures import figures_in
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Entity, Fact, Statement
from factbot.results import Answer, Status

LOOKUP, ALIAS, COMPARE, KEYWORD, WORDS = "lookup", "alias", "compare", "keyword", "words"
"""What a question asks: a fact by its names, by other aliases; two facts; a statement by a keyword, by its words."""

STATEMENT_TEMPLATES = {
    "reason": "Why did {entity} {words}?",
    "date": "When did {entity} {words}?",
    "event": "When did {entity} {words}?",
    "place": "Where did {entity} {words}?",
    "agent": "Who {words} {entity}?",
    "quote": "What did {entity} say about {words}?",
    "report": "What did {entity} report about {words}?",
    "plan": "What does {entity} plan to {words}?",
}
"""A statement's question by its kind: the question word that kind answers (why a reason, when a date)."""
OTHER_STATEMENT = "What is said about {entity} and {words}?"
"""Descriptions and statements of no kind: what the sources say about the entity, in the statement's words."""
NO_ENTITY = "What is said about {words}?"
"""A statement of no kind about no entity: its words alone."""
ALL_PAIRS_UP_TO = 8
"""Levels alike in measure, period and market are compared pairwise up to this many; beyond it each with the
next only, so a folder with thousands of figures of one measure still probes in seconds."""
DISTINCTIVE_WORDS = 3
CRASH = "the engine raised"
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word of a text, or an initialism ("U.S.") kept whole so the lexicon can expand it."""


class Outcome(StrEnum):
    """What the engine did with a question, or with all of a record's questions; best first."""

    REACHED = "reached"
    """Answered with the record: its sentence cited and, for a fact, its figure given."""
    SHARED = "shared"
    """Answered with the record and a twin no question can tell apart (same subject, measure, period, market)."""
    MISDIRECTED = "misdirected"
    """Answered, but with another record: another sentence, or another figure."""
    UNREACHED = "unreached"
    """Not answered: unknown, clarify or error."""


@dataclass(frozen=True)
class Question:
    """One generated question and the records it must be answered with."""

    kind: str
    text: str
    records: tuple[str, ...]


@dataclass(frozen=True)
class Asked:
    """A question, what the engine said (status, text, the sentences cited as `source:N`), and the verdict."""

    question: Question
    status: str
    answer: str
    cited: tuple[str, ...]
    outcome: Outcome

    @property
    def crashed(self) -> bool:
        return self.answer.startswith(CRASH)


@dataclass(frozen=True)
class RecordProbe:
    """One record (a fact or a statement), where it is declared, and how its questions fared."""

    id: str
    kind: str
    """`fact` or `statement`."""
    detail: str
    """A fact's `level` or `change`; a statement's kind (`reason`, `date`...), or "" when it has none."""
    source: str
    where: str
    asked: tuple[Asked, ...]

    @property
    def outcome(self) -> Outcome:
        """The best any of its questions did: one question that reaches a record is enough to reach it."""
        outcomes = {item.outcome for item in self.asked}
        return next((outcome for outcome in Outcome if outcome in outcomes), Outcome.UNREACHED)

    @property
    def label(self) -> str:
        return f"{self.kind} ({self.detail})" if self.detail else self.kind


@dataclass(frozen=True)
class SourceShare:
    """How much of one source the probe reached: its records, and the comparisons of its levels."""

    source: str
    reached: int
    total: int
    compared: int
    comparisons: int

    @property
    def share(self) -> float:
        return self.reached / self.total if self.total else 1.0


@dataclass(frozen=True)
class ProbeReport:
    """Every record's probe, every comparison asked, and the reachable share of each source."""

    records: tuple[RecordProbe, ...]
    comparisons: tuple[Asked, ...]
    shares: tuple[SourceShare, ...]

    @property
    def missed(self) -> tuple[RecordProbe, ...]:
        """The records no question reached: the findings."""
        return tuple(record for record in self.records if record.outcome is not Outcome.REACHED)

    @property
    def asked(self) -> tuple[Asked, ...]:
        return (*(item for record in self.records for item in record.asked), *self.comparisons)

    @property
    def reached(self) -> int:
        return len(self.records) - len(self.missed)

    def missed_by_kind(self) -> Counter[tuple[str, str]]:
        """(record label, outcome) -> how many: the summary of what the engine cannot reach."""
        return Counter((record.label, record.outcome.value) for record in self.missed)


# --- the questions ---------------------------------------------------------------------------------
def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _other_alias(name: str, aliases: Iterable[str]) -> str:
    """The first alias that is not the name itself (the name when there is none): the variant asks with it."""
    return next((alias for alias in aliases if alias.casefold() != name.casefold()), name)


def _where(kb: KnowledgeBase, fact: Fact) -> str:
    """ " in China in 2023": the market, then the period's label (which carries its preposition)."""
    market = kb.knowledge.entities.get(fact.market or "")
    period = kb.knowledge.periods.get(fact.period or "")
    return (f" in {market.name}" if market else "") + (f" {period.label}" if period else "")


def fact_questions(kb: KnowledgeBase, fact: Fact) -> tuple[Question, ...]:
    """The lookup by the subject's and the measure's names, then the same with another alias of each; a change
    stated of a level (`change:`) is asked as the change it is.

    Both must work: a name is what answers call the record, an alias what the curator says users call it.
    """
    subject = kb.knowledge.entities[fact.subject]
    measure = kb.knowledge.measures[fact.measure]
    verb, where = ("was" if fact.period else "is"), _where(kb, fact)
    names = [(LOOKUP, subject.name, measure.name)]
    aliases = (_other_alias(subject.name, subject.aliases), _other_alias(measure.name, measure.aliases))
    if aliases != (subject.name, measure.name):
        names.append((ALIAS, *aliases))
    change = "the change in " if fact.is_change and not measure.is_change else ""  # a change, asked as one
    return tuple(
        Question(kind, f"What {verb} {change}{possessive(who)} {what}{where}?", (fact.id,)) for kind, who, what in names
    )


def comparison_pairs(facts: Sequence[Fact]) -> Iterator[tuple[Fact, Fact]]:
    """Pairs of levels of two subjects alike in measure, period and market.

    Changes are left out ("which had more sales" asks for levels; a change is reached by its lookup), and so is
    a subject with two levels in one group: no comparison can say which of them it means.
    """
    groups: dict[tuple[str, str | None, str | None], list[Fact]] = defaultdict(list)
    for fact in facts:
        if not fact.is_change:
            groups[(fact.measure, fact.period, fact.market)].append(fact)
    for group in groups.values():
        counts = Counter(fact.subject for fact in group)
        single = [fact for fact in group if counts[fact.subject] == 1]
        yield from combinations(single, 2) if len(single) <= ALL_PAIRS_UP_TO else pairwise(single)


def comparison_question(kb: KnowledgeBase, first: Fact, second: Fact) -> Question:
    """ "Which had more {measure}, {A} or {B}, {period}?" """
    measure = kb.knowledge.measures[first.measure]
    names = " or ".join(kb.knowledge.entities[fact.subject].name for fact in (first, second))
    where = _where(kb, first)
    text = f"Which had more {measure.name}, {names},{where}?" if where else f"Which had more {measure.name}, {names}?"
    return Question(COMPARE, text, (first.id, second.id))


def _entity_of(kb: KnowledgeBase, statement: Statement) -> Entity | None:
    """Whom the statement is about: the people in it first (they act or speak), then its `about`, then its place."""
    ids = (*statement.people, *statement.about, *((statement.place,) if statement.place else ()))
    return next((kb.knowledge.entities[item] for item in ids if item in kb.knowledge.entities), None)


def distinctive_words(kb: KnowledgeBase, text: str, skip: Entity | None, limit: int = DISTINCTIVE_WORDS) -> str:
    """The words of `text` that set it apart, in the text's order: the rarest among the statements, leaving out
    stopwords, fillers, figures and the entity's own name (the question names it already).

    A user recalls what was said by its particular words ("steam injection"), not by "said" or "the county".
    """
    named = {word for alias in (skip.aliases if skip else ()) for word in kb.normaliser.words(alias)}
    ranked: list[tuple[float, int, str]] = []
    for position, match in enumerate(_WORD.finditer(text)):
        words = [word for word in kb.normaliser.words(match.group()) if word not in kb.harmless and word not in named]
        if words:
            ranked.append((-max(kb.weight_of(word) for word in words), position, match.group()))
    kept = sorted(sorted(ranked)[:limit], key=lambda item: item[1])
    return " ".join(word for _, _, word in kept)


def statement_questions(kb: KnowledgeBase, statement: Statement) -> tuple[Question, ...]:
    """The question its kind answers, about its first entity: with its first keyword, then with its own words."""
    entity = _entity_of(kb, statement)
    template = STATEMENT_TEMPLATES.get(statement.kind, OTHER_STATEMENT if entity else NO_ENTITY)
    keyword = statement.keywords[0] if statement.keywords else ""
    questions: dict[str, Question] = {}
    for kind, words in ((KEYWORD, keyword), (WORDS, distinctive_words(kb, statement.answer, entity))):
        text = " ".join(template.format(entity=entity.name if entity else "", words=words).split())
        if words and text not in questions:
            questions[text] = Question(kind, text, (statement.id,))
    return tuple(questions.values())


# --- asking and judging ---------------------------------------------------------------------------
def _cited(answer: Answer) -> set[tuple[str, int]]:
    return {(citation.source, citation.sentence) for citation in answer.citations}


def _stated(kb: KnowledgeBase, answer: Answer) -> set[Decimal]:
    """The figures an answer gives, unsigned ("down 2.4 million" gives a change of -2.4 million)."""
    found = figures_in(answer.text, kb.lexicon)
    return {abs(item.value) for item in found} | {item.high for item in found if item.high is not None}


def _gives(kb: KnowledgeBase, answer: Answer, fact: Fact) -> bool:
    """The fact's sentence is cited and its figure given: another figure of that sentence is another record. A
    value whose words are not its number ("about 1 in 5" is 20 percent) is given as written."""
    if (fact.evidence.source, fact.evidence.sentence) not in _cited(answer):
        return False
    return abs(fact.value) in _stated(kb, answer) or fact.value_text in answer.text


def _gives_statement(answer: Answer, statement: Statement) -> bool:
    """One of its sentences is cited and its answer given: two statements may rest on one sentence."""
    sentences = {(item.source, item.sentence) for item in statement.evidence}
    own = " ".join(statement.answer.split()).rstrip(".")
    return bool(sentences & _cited(answer)) and own in " ".join(answer.text.split())


def ask(engine: Engine, question: Question) -> Answer:
    """The engine's answer; an exception is a finding too, reported as an error, never the end of the run."""
    try:
        return engine.ask(question.text)
    except Exception as error:  # the engine must never raise on a question: say what it raised, and go on
        return Answer(Status.ERROR, f"{CRASH} {type(error).__name__}: {error}")


def judged(question: Question, answer: Answer, outcome: Outcome) -> Asked:
    """The verdict on an answered question (`outcome`), or unreached when it was not answered."""
    cited = tuple(f"{citation.source}:{citation.sentence}" for citation in answer.citations)
    verdict = outcome if answer.status is Status.ANSWERED else Outcome.UNREACHED
    return Asked(question, answer.status.value, answer.text, cited, verdict)


def probe_fact(engine: Engine, fact: Fact, twins: Sequence[Fact] = ()) -> RecordProbe:
    """Ask a fact's lookups; `twins` are the facts alike in all but the figure, which no question tells apart."""
    asked = []
    for question in fact_questions(engine.kb, fact):
        answer = ask(engine, question)
        if not _gives(engine.kb, answer, fact):
            outcome = Outcome.MISDIRECTED
        elif any(_gives(engine.kb, answer, twin) for twin in twins):
            outcome = Outcome.SHARED
        else:
            outcome = Outcome.REACHED
        asked.append(judged(question, answer, outcome))
    detail = "change" if fact.is_change else "level"
    return RecordProbe(fact.id, "fact", detail, fact.evidence.source, fact.origin or fact.id, tuple(asked))


def probe_statement(engine: Engine, statement: Statement) -> RecordProbe:
    asked = []
    for question in statement_questions(engine.kb, statement):
        answer = ask(engine, question)
        reached = _gives_statement(answer, statement)
        asked.append(judged(question, answer, Outcome.REACHED if reached else Outcome.MISDIRECTED))
    source = statement.evidence[0].source
    return RecordProbe(
        statement.id, "statement", statement.kind, source, statement.origin or statement.id, tuple(asked)
    )


def probe_comparison(engine: Engine, first: Fact, second: Fact) -> Asked:
    question = comparison_question(engine.kb, first, second)
    answer = ask(engine, question)
    both = _gives(engine.kb, answer, first) and _gives(engine.kb, answer, second)
    return judged(question, answer, Outcome.REACHED if both else Outcome.MISDIRECTED)


def _twins(facts: Sequence[Fact]) -> dict[str, tuple[Fact, ...]]:
    """For each fact, the others of its subject, measure, period, market and kind that give another figure."""
    groups: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.subject, fact.measure, fact.period, fact.market, fact.is_change, fact.since)].append(fact)
    return {
        fact.id: tuple(other for other in group if other.value != fact.value)
        for group in groups.values()
        if len(group) > 1
        for fact in group
    }


def probe(engine: Engine) -> ProbeReport:
    """Ask every record's questions and every comparison, each on its own (no conversation carries over)."""
    knowledge = engine.kb.knowledge
    twins = _twins(knowledge.facts)
    records = [probe_fact(engine, fact, twins.get(fact.id, ())) for fact in knowledge.facts]
    records += [probe_statement(engine, statement) for statement in knowledge.statements]
    comparisons = [probe_comparison(engine, first, second) for first, second in comparison_pairs(knowledge.facts)]
    source_of = {fact.id: fact.evidence.source for fact in knowledge.facts}
    shares = []
    for source_id in sorted(knowledge.sources):
        own = [record for record in records if record.source == source_id]
        compared = [item for item in comparisons if source_of[item.question.records[0]] == source_id]
        reached = sum(1 for record in own if record.outcome is Outcome.REACHED)
        done = sum(1 for item in compared if item.outcome is Outcome.REACHED)
        shares.append(SourceShare(source_id, reached, len(own), done, len(compared)))
    return ProbeReport(tuple(records), tuple(comparisons), tuple(shares))
