"""The curated knowledge as typed, immutable records.

Everything the engine knows is one of these records, built by `factbot.knowledge.loader`
from YAML. They are frozen so that a loaded knowledge base can be shared by the
CLI, the TUI and tests without anyone mutating it behind the others' backs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from factbot.knowledge.period_keys import PeriodKey
from factbot.knowledge.periods import Calendar
from factbot.knowledge.quantities import Bound, Numerals


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
    short_title: str | None = None
    """A few words for citation headers, where the full title would be cut off."""
    publisher: str | None = None
    """The entity that put the source out (an agency, a paper): every statement of it is said by it, so "what
    did the Bureau say about X" reaches them."""

    @property
    def label(self) -> str:
        """What a citation calls the source: its `short_title`, else its id."""
        return self.short_title or self.id

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
    written: int | None = None
    """The sentence number the curator wrote, when the quote was found in another one (see `renumbered`)."""


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
    description: str = ""
    """Who or what it is, in the source's words ("the county's tax collector"): answers "who is X"."""
    is_whole: bool = False
    """The whole the document is about (the nation beside its states): a question naming no subject means it,
    and it is no rival of its parts, whether or not they add up to it."""

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
    is_change: bool = False
    """Its values are changes ("fell by 1.7%"), so one value answers "how did it change?"."""


@dataclass(frozen=True)
class Period:
    """A time span; `order` sorts periods into a series.

    `key` is the span read from the label or an alias ("2022/23", "FY 2013-2014"), so a
    question may name it in any spelling; periods the text defines only relative to
    another ("4 years earlier") get theirs by moving that period's key.
    """

    id: str
    label: str
    aliases: tuple[str, ...]
    order: Decimal
    key: PeriodKey | None = None
    keys: tuple[PeriodKey, ...] = ()
    """Every span its label and aliases read as ("FY2023" and "fiscal year ending March 2024")."""


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
    bound: Bound = Bound.EXACT
    """How the source qualifies the figure: "over $161 million", "just under 1%", "3–5%"."""
    high: Decimal | None = None
    """The upper end of a range ("54 to 58 percent"); `value` is then the lower end."""
    currency: str = ""
    percent: bool = False
    is_change: bool = False
    """A change rather than a level ("slipped 2.6 million bags"): signed, a fall negative."""
    since: str | None = None
    """For a change, the period it is measured from; None means the period before `period`."""
    basis: str = ""
    """How the source holds the figure: "" for a reported figure, or forecast, estimate, plan, target."""
    counted: bool = False
    """The value's words state no number ("a strike", "fog"): the curator's `number:` counts them."""
    scale: Decimal = Decimal(1)
    """The size its measure's unit carries ("million passengers") that a bare figure ("704.1") was put at."""

    @property
    def is_exact(self) -> bool:
        return self.bound is Bound.EXACT

    @property
    def shown(self) -> str:
        """The figure as answers write it: the source's words, or the counted number when the words hold none."""
        return f"{self.value.normalize():f}" if self.counted else self.value_text


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
    date: str = ""
    """When it happened, as the source writes it ("On May 23, 2024"); `when` is that date read."""
    when: PeriodKey | None = None
    place: str | None = None
    people: tuple[str, ...] = ()
    """The entities (people, organisations) who act or speak in it: "what did X say" reaches it."""


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
    """How people ask questions and write numbers and dates, independent of any source.

    The built-in English lexicon is one of these; a folder's `lexicon.yaml` and a source's
    `lexicon:` section are others, merged into it by `factbot.knowledge.lexicon.extended`.
    """

    abbreviations: dict[str, str]
    case_sensitive_abbreviations: dict[str, str]
    number_words: dict[str, str]
    stopwords: frozenset[str]
    fillers: frozenset[str]
    question_kinds: dict[str, str]
    yes_no_openers: frozenset[str]
    pronouns: frozenset[str]
    follow_up_openers: tuple[str, ...]
    group_words: frozenset[str]
    period_qualifiers: frozenset[str]
    claim_words: dict[str, tuple[str, ...]]
    scale_words: dict[str, Decimal]
    intents: tuple[IntentSpec, ...]
    currencies: dict[str, str] = field(default_factory=dict)
    """Currency symbols and the unit each stands for (\"$\": dollars)."""
    final_words: frozenset[str] = frozenset()
    """Words naming the last of a series ("the last of the three years"): its final place."""
    relative_openers: frozenset[str] = frozenset()
    """Words that after a bare comma open a relative clause, not a second question (`compound`)."""
    place_pronouns: frozenset[str] = frozenset()
    """Words pointing back at a place ("there"): the market the conversation was last about."""
    existence_words: frozenset[str] = frozenset()
    """Forms of "be": beside one, "there" says that something exists ("were there"), not where."""
    statement_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclusion_words: tuple[str, ...] = ()
    exclusion_frames: tuple[str, ...] = ()
    topic_openers: tuple[str, ...] = ()
    filler_phrases: tuple[str, ...] = ()
    """Phrases that add nothing to what is asked ("on its own": alone), though a word of theirs may ("own")."""
    """Words opening a question that announce a new one ("different question:"): they say nothing about it."""
    """Words around a name that take it out of the set ("leaving ... out", "... aside"); "..." is the name."""
    period_words: tuple[str, ...] = ()
    quantity_openers: tuple[str, ...] = ()
    basis_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fraction_words: dict[str, str] = field(default_factory=dict)
    unit_sizes: dict[str, str] = field(default_factory=dict)
    """Units of measure as a number of another ("tonne": "1000 kilograms"): a figure asked in another unit of the
    same kind is converted."""
    list_words: tuple[str, ...] = ()
    future_openers: tuple[str, ...] = ()
    conditional_words: tuple[str, ...] = ()
    modal_words: tuple[str, ...] = ()
    opinion_phrases: tuple[str, ...] = ()
    multiplier_words: dict[str, str] = field(default_factory=dict)
    """Multiples in words and their factors ("twice": "2")."""
    light_words: tuple[str, ...] = ()
    rest_words: tuple[str, ...] = ()
    """ "Other", "remaining": members listed with "the other G" make up the whole group G."""
    rest_pronouns: tuple[str, ...] = ()
    count_openers: tuple[str, ...] = ()
    """Openers that ask a count ("how many"), which no percentage answers."""
    """Words that stand for the rest of a group on their own ("Acme, Bolt and the others")."""
    negation_words: tuple[str, ...] = ()
    denying_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words that say "not" in themselves, each with the words it denies ("exclude": "include", "count")."""
    percent_words: tuple[str, ...] = ()
    point_words: tuple[str, ...] = ()
    rate_words: tuple[str, ...] = ()
    """Words that make a measure a rate or a middle value ("average wage"): its figures do not add up."""
    up_words: frozenset[str] = frozenset()
    down_words: frozenset[str] = frozenset()
    calendar_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    attribution_words: tuple[str, ...] = ()
    """ "according to X": X reported the figure; it is not what the figure is about."""
    reporting_verbs: tuple[str, ...] = ()
    """ "X estimated Y's share", "did X put Y's sales above ...": X reported the figure about Y."""
    request_openers: tuple[str, ...] = ()
    question_tags: tuple[str, ...] = ()
    """ "Could you tell me ...": a request, not a yes/no question, unless it asks "whether" or "if"."""
    word_forms: dict[str, str] = field(default_factory=dict)
    """Forms the stemmer cannot join to their word ("sold", "sales" -> "sell"): read as that word everywhere."""
    phrasal_verbs: dict[str, str] = field(default_factory=dict)
    """A verb and its particles that mean one other verb ("ended up with" -> "acquire"): the verb is read as it."""
    continuation_words: tuple[str, ...] = ()
    contrast_words: tuple[str, ...] = ()
    """Words opening a clause that sets itself against the one before ("but", "although"): a "not" said in one
    of the two does not reach the other."""
    clause_openers: tuple[str, ...] = ()
    """Words opening a clause inside a sentence ("as", "while"): a move word after one is not the verb of what
    stood before it ("the rate was 4% as demand fell")."""
    singular_pronouns: tuple[str, ...] = ()
    """Pronouns that point at one thing ("it", "its"): never at several subjects at once."""
    """Openings by which a sentence goes on from the one before ("But", "However"): the two are one passage."""
    sequel_cues: tuple[str, ...] = ()
    """Phrases asking what came of something ("what happened with"): what followed is in the next sentence."""
    epithets: tuple[str, ...] = ()
    """Words that only point at the thing named after them ("this new alliance"): `understanding.epithets`."""
    money_words: tuple[str, ...] = ()
    """Words asking an amount of money ("cost", "worth"): a count answers no such question (`charged`)."""
    sum_openers: tuple[str, ...] = ()
    """Words asking a sum only when they open the question ("Add X and Y"): elsewhere ("which X added 30?") they
    are a clause's verb (`understanding.slots`)."""
    multiplication_signs: tuple[str, ...] = ()
    precision_phrases: tuple[str, ...] = ()
    precision_openers: tuple[str, ...] = ()
    """How a multiple and a request about precision are written in shorthand (`understanding.shorthand`)."""

    @cached_property
    def numerals(self) -> Numerals:
        """The number reader's words (`factbot.knowledge.quantities`)."""
        cardinals = {
            word.casefold(): int(value) for word, value in self.number_words.items() if _is_spelled(word, value)
        }
        ordinals = {word: value for word, value in cardinals.items() if word.endswith(_ORDINAL_ENDINGS)}
        bounds: dict[str, Bound] = {}
        for kind, bound in (
            ("hedges", Bound.APPROXIMATE),
            ("more_than", Bound.MORE_THAN),
            ("less_than", Bound.LESS_THAN),
        ):
            bounds.update({phrase.casefold(): bound for phrase in self.claim_words.get(kind, ())})
        return Numerals(
            scale_words={word.casefold(): value for word, value in self.scale_words.items()},
            number_words={word: value for word, value in cardinals.items() if word not in ordinals},
            ordinal_words=ordinals,
            bounds=bounds,
            percent_words=self.percent_words,
            point_words=self.point_words,
            currencies={symbol.casefold(): symbol for symbol in self.currencies},
            up_words=self.up_words,
            down_words=self.down_words,
            fractions={word.casefold(): Decimal(value) for word, value in self.fraction_words.items()},
        )

    @cached_property
    def calendar(self) -> Calendar:
        """The period reader's words (`factbot.knowledge.periods`)."""
        words = self.calendar_words
        numerals = self.numerals
        return Calendar(
            months=self.months,
            fiscal_words=words.get("fiscal_words", ()),
            quarter_words=words.get("quarter_words", ()),
            half_words=words.get("half_words", ()),
            ordinals=numerals.ordinal_words,
            cardinals=numerals.number_words,
            earlier_words=words.get("earlier_words", ()),
            later_words=words.get("later_words", ()),
            previous_words=words.get("previous_words", ()),
            next_words=words.get("next_words", ()),
        )


_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
_BOUND_KINDS = (("hedges", Bound.APPROXIMATE), ("more_than", Bound.MORE_THAN), ("less_than", Bound.LESS_THAN))


def _is_spelled(word: str, value: str) -> bool:
    """A number word ("nine", "ninth") rather than a digit form ("9th") or a non-number mapping."""
    return value.isdigit() and word.isalpha()


@dataclass(frozen=True)
class Knowledge:
    """Everything loaded from one knowledge folder, before indexing."""

    lexicon: Lexicon
    sources: Mapping[str, Source]
    entities: dict[str, Entity]
    measures: dict[str, Measure]
    periods: dict[str, Period]
    facts: Sequence[Fact]
    """A tuple when loaded from YAML; read from the compiled-knowledge cache, records decoded on first use."""
    statements: Sequence[Statement]
    claim_free: tuple[ClaimFree, ...] = field(default=())
