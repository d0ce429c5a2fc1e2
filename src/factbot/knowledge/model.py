"""The curated knowledge as typed, immutable records.

Everything the engine knows is one of these records, built by `factbot.knowledge.loader`
from YAML. They are frozen so that a loaded knowledge base can be shared by the
CLI, the TUI and tests without anyone mutating it behind the others' backs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Sentence:
    """One numbered sentence of a source, with its character offsets in the file."""

    source: str
    number: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    """A source document kept verbatim, split into numbered sentences at load time."""

    id: str
    title: str
    path: str
    text: str
    sentences: tuple[Sentence, ...]

    def sentence(self, number: int) -> Sentence | None:
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None


@dataclass(frozen=True)
class Evidence:
    """Where a curated record comes from: a verbatim quote inside one sentence."""

    source: str
    sentence: int
    quote: str


@dataclass(frozen=True)
class Entity:
    """A thing the sources talk about: a company, a group, a market, a publication."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    members: tuple[str, ...] = ()
    planned_members: tuple[str, ...] = ()
    led_by: str | None = None
    evidence: tuple[Evidence, ...] = ()
    notes: tuple[Note, ...] = ()
    origin: str = ""

    @property
    def is_group(self) -> bool:
        return bool(self.members)

    @property
    def is_market(self) -> bool:
        return self.kind == "market"


@dataclass(frozen=True)
class Note:
    """A caveat the knowledge carries, such as a contradiction inside the source."""

    text: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Measure:
    """A quantity that numeric facts report (vehicle sales, market share, ...)."""

    id: str
    name: str
    unit: str
    aliases: tuple[str, ...]
    template: str
    higher_word: str = "more"
    lower_word: str = "less"
    is_change: bool = False
    """Its values are changes ("fell by 1.7%"), so one value answers "how did it change?"."""


@dataclass(frozen=True)
class Period:
    """A time span; `order` sorts periods into a series."""

    id: str
    label: str
    aliases: tuple[str, ...]
    order: Decimal


@dataclass(frozen=True)
class Fact:
    """One number a source states about one subject."""

    id: str
    subject: str
    measure: str
    value: Decimal
    value_text: str
    period: str | None
    market: str | None
    evidence: Evidence
    note: str | None = None
    context: tuple[Evidence, ...] = ()
    origin: str = ""


@dataclass(frozen=True)
class Statement:
    """A non-numeric claim: an event, plan, reason, description, date or report."""

    id: str
    kind: str
    answer: str
    about: tuple[str, ...]
    keywords: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    origin: str = ""


@dataclass(frozen=True)
class ClaimFree:
    """A sentence deliberately left uncurated, with the reason (coverage checks read it)."""

    source: str
    sentence: int
    reason: str


@dataclass(frozen=True)
class IntentSpec:
    """A generic question shape: its cue phrases and example questions."""

    name: str
    cues: tuple[str, ...]
    examples: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class Lexicon:
    """How people ask questions, independent of any article."""

    abbreviations: dict[str, str]
    case_sensitive_abbreviations: dict[str, str]
    number_words: dict[str, str]
    stopwords: frozenset[str]
    fillers: frozenset[str]
    question_kinds: dict[str, str]
    yes_no_openers: frozenset[str]
    pronouns: frozenset[str]
    follow_up_openers: tuple[str, ...]
    places: frozenset[str]
    group_words: frozenset[str]
    period_qualifiers: frozenset[str]
    other_quantities: frozenset[str]
    claim_words: dict[str, tuple[str, ...]]
    scale_words: dict[str, Decimal]
    intents: tuple[IntentSpec, ...]


@dataclass(frozen=True)
class Knowledge:
    """Everything loaded from one knowledge folder, before indexing."""

    lexicon: Lexicon
    sources: dict[str, Source]
    entities: dict[str, Entity]
    measures: dict[str, Measure]
    periods: dict[str, Period]
    facts: tuple[Fact, ...]
    statements: tuple[Statement, ...]
    claim_free: tuple[ClaimFree, ...] = field(default=())
