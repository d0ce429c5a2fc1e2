"""Generate a realistic knowledge folder of N facts, for scale benchmarks and tests.

    python benchmarks/make_knowledge.py --facts 100000 --out /tmp/k100k [--seed 7]

The folder looks like a curator's: about N/50 sources, each a YAML file beside its own
text under `sources/`, every figure quoted verbatim from a sentence that states it.
Companies in several sectors carry several aliases (full name, short name, formal name,
ticker), and some are near-homonyms of others ("Norvik Energy", "Narvik Energy") or share
a stem ("Alder Energy", "Alder Foods"). Forty measures overlap in their words ("vehicle
sales", "electric vehicle sales", "net sales"; "coffee exports", "coffee production").
Periods are years, split years (2022/23), quarters (Q1 2024) and dates (March 31, 2024);
statements quote people, give reasons, plans and dated events. The output passes
`factbot verify`, and the same N and seed always give the same bytes.

`generate()` also returns what it wrote about each fact (subject, measure, period, market,
value and sentence), so `bench_scale.py` can ask questions whose answers it knows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import OSA

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.sources import split_sentences
from factbot.knowledge.text import Normaliser

FACTS_PER_SOURCE = 50
FOLDER_LEXICON = "abbreviations: {ev: electric vehicle, evs: electric vehicles}\n"


# --- the vocabulary of the generated world ------------------------------------------------------------
@dataclass(frozen=True)
class MeasureSpec:
    """A measure and how sentences state it: `verb` holds {value}; `unit` follows a figure (or not)."""

    id: str
    name: str
    unit: str
    aliases: tuple[str, ...]
    verb: str
    style: str
    """How figures are written: big (1.2 million), small (12,400), money ($3.1 billion), percent (14.9%)."""
    unit_word: str = ""
    market: bool = False
    """Its facts are reported in a market ("sold 120,000 vehicles in Chile")."""
    noun: str = ""
    """What a sentence calls it, when not its name ("headcount" for employees)."""


def _m(
    id: str,
    name: str,
    unit: str,
    aliases: Sequence[str],
    verb: str,
    style: str,
    unit_word: str = "",
    market: bool = False,
    noun: str = "",
) -> MeasureSpec:
    return MeasureSpec(id, name, unit, (name, *aliases), verb, style, unit_word, market, noun)


# fmt: off
MEASURES = {
    spec.id: spec
    for spec in (
        # shared by every sector: money and people
        _m("revenue", "revenue", "US dollars", ["revenues", "turnover"], "reported revenue of {value}", "money"),
        _m("net-profit", "net profit", "US dollars", ["net income", "earned"], "earned a net profit of {value}", "money"),  # noqa: E501
        _m("operating-profit", "operating profit", "US dollars", ["operating income"], "made an operating profit of {value}", "money"),  # noqa: E501
        _m("capital-spending", "capital spending", "US dollars", ["capex", "capital expenditure"], "spent {value} on new assets", "money"),  # noqa: E501
        _m("research-spending", "research spending", "US dollars", ["research and development spending", "research budget"], "spent {value} on research", "money"),  # noqa: E501
        _m("employees", "employees", "people", ["staff", "workforce", "headcount"], "employed {value} people", "small", noun="headcount"),  # noqa: E501
        # energy
        _m("crude-oil-production", "crude oil production", "barrels", ["oil production", "oil output", "crude output"], "pumped {value} barrels of crude oil", "big", "barrels"),  # noqa: E501
        _m("gas-production", "natural gas production", "cubic metres", ["gas production", "gas output"], "produced {value} cubic metres of natural gas", "big", "cubic metres"),  # noqa: E501
        _m("power-generation", "power generation", "gigawatt hours", ["electricity generation", "power output"], "generated {value} gigawatt hours of electricity", "small", "gigawatt hours"),  # noqa: E501
        _m("wind-capacity", "wind capacity", "megawatts", ["wind power capacity", "installed wind capacity"], "operated {value} megawatts of wind turbines", "small", "megawatts"),  # noqa: E501
        _m("solar-capacity", "solar capacity", "megawatts", ["solar power capacity", "installed solar capacity"], "operated {value} megawatts of solar panels", "small", "megawatts"),  # noqa: E501
        _m("carbon-emissions", "carbon emissions", "tonnes", ["emissions", "CO2 emissions"], "emitted {value} tonnes of carbon dioxide", "big", "tonnes"),  # noqa: E501
        # cars
        _m("vehicle-sales", "vehicle sales", "vehicles", ["vehicles sold", "car sales", "cars sold", "sales"], "sold {value} vehicles", "big", "vehicles", True),  # noqa: E501
        _m("ev-sales", "electric vehicle sales", "vehicles", ["EV sales", "electric vehicles sold", "electric cars sold"], "sold {value} electric vehicles", "small", "electric vehicles", True),  # noqa: E501
        _m("vehicle-production", "vehicle production", "vehicles", ["vehicles produced", "cars built", "car output"], "built {value} vehicles", "big", "vehicles"),  # noqa: E501
        _m("vehicle-exports", "vehicle exports", "vehicles", ["vehicles exported", "car exports"], "exported {value} vehicles", "small", "vehicles"),  # noqa: E501
        _m("market-share", "market share", "percent", ["share of the market"], "held {value} of the market", "percent", "", True),  # noqa: E501
        # food and farming
        _m("coffee-exports", "coffee exports", "bags", ["coffee shipments", "exported coffee"], "exported {value} bags of coffee", "big", "bags"),  # noqa: E501
        _m("coffee-production", "coffee production", "bags", ["coffee output", "coffee harvest"], "harvested {value} bags of coffee", "big", "bags"),  # noqa: E501
        _m("wheat-exports", "wheat exports", "tonnes", ["wheat shipments", "exported wheat"], "shipped {value} tonnes of wheat abroad", "big", "tonnes"),  # noqa: E501
        _m("wheat-production", "wheat production", "tonnes", ["wheat output", "wheat harvest"], "harvested {value} tonnes of wheat", "big", "tonnes"),  # noqa: E501
        _m("rice-production", "rice production", "tonnes", ["rice output", "rice harvest"], "milled {value} tonnes of rice", "big", "tonnes"),  # noqa: E501
        _m("sugar-exports", "sugar exports", "tonnes", ["sugar shipments"], "exported {value} tonnes of sugar", "small", "tonnes"),  # noqa: E501
        # telecoms
        _m("mobile-subscribers", "mobile subscribers", "subscribers", ["mobile customers", "mobile users"], "served {value} mobile subscribers", "big", "subscribers"),  # noqa: E501
        _m("broadband-subscribers", "broadband subscribers", "subscribers", ["broadband customers", "broadband users"], "connected {value} broadband subscribers", "small", "subscribers"),  # noqa: E501
        _m("network-coverage", "network coverage", "percent", ["coverage", "population coverage"], "covered {value} of the population", "percent", "", True),  # noqa: E501
        # airlines
        _m("passengers", "passengers carried", "passengers", ["passengers", "passenger numbers", "travellers"], "carried {value} passengers", "big", "passengers", noun="passenger numbers"),  # noqa: E501
        _m("cargo-volume", "cargo volume", "tonnes", ["air cargo", "freight carried"], "flew {value} tonnes of cargo", "small", "tonnes"),  # noqa: E501
        _m("fleet-size", "fleet size", "aircraft", ["fleet", "aircraft in service"], "flew {value} aircraft", "tiny", "aircraft"),  # noqa: E501
        _m("load-factor", "load factor", "percent", ["seat occupancy", "seats filled"], "filled {value} of its seats", "percent"),  # noqa: E501
        # retail
        _m("net-sales", "net sales", "US dollars", ["sales", "retail sales"], "rang up net sales of {value}", "money"),
        _m("online-sales", "online sales", "US dollars", ["e-commerce sales", "web sales"], "sold {value} of goods online", "money"),  # noqa: E501
        _m("store-count", "store count", "stores", ["stores", "number of stores", "outlets"], "ran {value} stores", "tiny", "stores"),  # noqa: E501
        _m("retail-share", "retail market share", "percent", ["share of retail spending"], "took {value} of retail spending", "percent", "", True),  # noqa: E501
        # mining
        _m("copper-output", "copper output", "tonnes", ["copper production", "copper mined"], "mined {value} tonnes of copper", "small", "tonnes"),  # noqa: E501
        _m("gold-output", "gold output", "ounces", ["gold production", "gold mined"], "mined {value} ounces of gold", "small", "ounces"),  # noqa: E501
        _m("iron-ore-shipments", "iron ore shipments", "tonnes", ["iron ore exports", "ore shipped"], "shipped {value} tonnes of iron ore", "big", "tonnes"),  # noqa: E501
        # pharmaceuticals
        _m("drug-sales", "drug sales", "US dollars", ["medicine sales", "prescription sales"], "sold {value} of medicines", "money"),  # noqa: E501
        _m("clinical-trials", "clinical trials", "trials", ["trials", "studies under way"], "ran {value} clinical trials", "tiny", "clinical trials", noun="clinical trial count"),  # noqa: E501
        _m("patents-filed", "patents filed", "patents", ["patent filings", "patents"], "filed {value} patents", "tiny", "patents", noun="patent filings"),  # noqa: E501
    )
}
COMMON = ("revenue", "net-profit", "operating-profit", "capital-spending", "research-spending", "employees")
SECTORS = {
    "energy": (("Energy", "Power", "Petroleum"), ("crude-oil-production", "gas-production", "power-generation", "wind-capacity", "solar-capacity", "carbon-emissions")),  # noqa: E501
    "cars": (("Motors", "Automotive"), ("vehicle-sales", "ev-sales", "vehicle-production", "vehicle-exports", "market-share")),  # noqa: E501
    "farming": (("Foods", "Agri", "Growers"), ("coffee-exports", "coffee-production", "wheat-exports", "wheat-production", "rice-production", "sugar-exports")),  # noqa: E501
    "telecoms": (("Telecom", "Mobile"), ("mobile-subscribers", "broadband-subscribers", "network-coverage")),
    "airlines": (("Airways", "Air"), ("passengers", "cargo-volume", "fleet-size", "load-factor")),
    "retail": (("Retail", "Stores", "Markets"), ("net-sales", "online-sales", "store-count", "retail-share")),
    "mining": (("Mining", "Resources", "Metals"), ("copper-output", "gold-output", "iron-ore-shipments")),
    "pharma": (("Pharma", "Therapeutics", "Labs"), ("drug-sales", "clinical-trials", "patents-filed")),
}
# fmt: on
MARKETS = (
    "Chile",
    "Norway",
    "Kenya",
    "Brazil",
    "Vietnam",
    "Poland",
    "Mexico",
    "Egypt",
    "India",
    "Japan",
    "Germany",
    "France",
    "Canada",
    "Peru",
    "Colombia",
    "Thailand",
    "Indonesia",
    "Nigeria",
    "Morocco",
    "Spain",
    "Italy",
    "Sweden",
    "Finland",
    "Ghana",
    "Argentina",
    "Malaysia",
    "Philippines",
    "South Africa",
    "Australia",
    "Uruguay",
)  # fmt: skip
FIRST_NAMES = (
    "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kenji", "Lena", "Marco",
    "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Uma", "Victor", "Wen", "Yara", "Zoltan", "Amara",
    "Bruno", "Chiara", "Dmitri", "Esther", "Felix", "Hana", "Ivan", "Julia", "Karim", "Lucia", "Mateo",
)  # fmt: skip
SYLLABLES = (
    ("Al", "Bel", "Cor", "Dal", "Es", "Fen", "Gal", "Hal", "Is", "Jor", "Kel", "Lum", "Mar", "Nor", "Or", "Pel",
     "Quor", "Ros", "Sal", "Tal", "Ul", "Val", "Wes", "Xan", "Yor", "Zel", "Bran", "Cas", "Drum", "Kor"),
    ("", "a", "e", "i", "o", "u", "ar", "en", "ir", "on", "ev", "al"),
    ("vik", "dor", "rak", "nex", "lin", "tan", "mok", "gen", "vot", "rin", "stad", "ton", "vin", "lux", "dex",
     "nor", "ven", "sak", "rit", "tek", "bor", "quin", "vald", "mund", "zar", "lek", "drin", "holt", "sen", "vay"),
)  # fmt: skip
SURNAME_ENDS = ("son", "ez", "ova", "ini", "berg", "ski", "ard", "ell", "ado", "ton", "ier", "ani")
VOWELS = "aeiou"
QUALIFIERS = ("over", "nearly", "about", "more than", "almost", "just under")
PLANS = (
    "open a new plant", "close two warehouses", "expand its fleet", "enter new markets", "cut its workforce",
    "build a research centre", "list its shares", "sell its retail unit", "upgrade its network",
    "launch a subscription service", "double its exports", "move its headquarters", "build a logistics hub",
    "hire local engineers", "replace its oldest equipment", "invest in recycling",
)  # fmt: skip
EVENTS = (
    "acquired a regional rival", "opened a new headquarters", "appointed a new chairman", "settled a long dispute",
    "completed a bond issue", "recalled a product line", "won a government tender", "lost a major customer",
    "signed a supply agreement", "ended a joint venture", "faced a strike at its main site", "changed its auditor",
)  # fmt: skip
CAUSES = (
    "demand weakened", "prices recovered", "costs rose sharply", "a drought cut supplies", "tariffs were lifted",
    "the currency strengthened", "freight rates doubled", "new rules took effect", "a rival left the market",
    "interest rates fell", "wages climbed", "a storm damaged its port", "orders from abroad slowed",
    "subsidies were withdrawn", "a new mine came online", "its largest contract expired",
)  # fmt: skip
REASON_ACTIONS = (
    "raised its prices", "delayed its expansion", "cut its dividend", "closed a factory", "hired more staff",
    "paused its buyback", "renegotiated its loans", "shifted production abroad", "cut its forecast",
    "increased its inventory", "sold a stake in a subsidiary", "froze recruitment",
)  # fmt: skip
CLAIMS = (
    "prices had stabilised", "demand would recover next year", "margins remained under pressure",
    "the merger would close on schedule", "the company had no plans to sell assets", "exports were holding up",
    "the new plant would start production soon", "costs were finally under control", "the strike was over",
    "competition had never been fiercer", "the group would keep its dividend", "customers were returning",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
YEARS = tuple(range(2015, 2025))
QUARTER_YEARS = (2022, 2023, 2024)
SNAPSHOT_DATES = ((3, 31), (6, 30), (9, 30), (12, 31))
STOCKS = frozenset(
    {
        "employees",
        "wind-capacity",
        "solar-capacity",
        "mobile-subscribers",
        "broadband-subscribers",
        "fleet-size",
        "store-count",
    }
)
"""Measures a count at a date can give ("as of March 31, 2024, it ran 214 stores")."""
TICKER_LETTERS = "BCDFGHJKLMNPQRSTVWXZ"


# --- what the generator remembers about what it wrote ---------------------------------------------------
@dataclass(frozen=True)
class Period:
    id: str
    alias: str
    text: str
    """How a sentence (and a question) says it: "in 2023", "in Q1 2024", "as of March 31, 2024"."""
    year: int


@dataclass
class Company:
    id: str
    name: str
    aliases: tuple[str, ...]
    sector: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class FactRecord:
    """One generated fact and the sentence that states it."""

    id: str
    subject: str
    subject_name: str
    measure: str
    period: str
    period_text: str
    market: str | None
    market_name: str | None
    value_text: str
    is_change: bool
    exact: bool
    source: str
    sentence: int
    sentence_text: str


@dataclass
class Generated:
    """What `generate` wrote: every fact, and names and years that exist nowhere in the folder."""

    folder: Path
    facts: list[FactRecord] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    sources: int = 0
    statements: int = 0
    missing_names: tuple[str, ...] = ()
    missing_years: tuple[int, ...] = (1987, 2031, 2040)


# --- names ------------------------------------------------------------------------------------------------
class Names:
    """Unique names whose normalised words clash with nothing: no alias of two entities, no lexicon word."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        lexicon = builtin_lexicon()
        self.normaliser = Normaliser(lexicon)
        self.taken: set[tuple[str, ...]] = set()
        reserved = set(lexicon.stopwords | lexicon.fillers | lexicon.pronouns | lexicon.group_words)
        reserved |= set(lexicon.abbreviations) | set(lexicon.number_words) | set(lexicon.scale_words)
        reserved |= set(lexicon.months) | set(lexicon.question_kinds) | lexicon.up_words | lexicon.down_words
        for words in lexicon.claim_words.values():
            reserved.update(words)
        reserved.update(cue for intent in lexicon.intents for cue in intent.cues)
        for spec in MEASURES.values():
            for alias in spec.aliases:
                reserved.update(alias.casefold().split())
        self.reserved_words = {word for text in reserved for word in self.normaliser.words(text)}
        self.stems: set[str] = set()
        self.stem_list: list[str] = []

    def free(self, alias: str) -> bool:
        words = self.normaliser.words(alias)
        return bool(words) and words not in self.taken

    def claim(self, *aliases: str) -> None:
        for alias in aliases:
            self.taken.add(self.normaliser.words(alias))

    def stem(self) -> str:
        """A new made-up word, sometimes one letter from an existing one (a near-homonym)."""
        while True:
            if self.stem_list and self.rng.random() < 0.15:
                stem = _one_letter_off(self.rng.choice(self.stem_list), self.rng)
            else:
                first, middle, last = (self.rng.choice(part) for part in SYLLABLES)
                stem = first + middle + last
            words = self.normaliser.words(stem)
            if len(stem) < 5 or len(words) != 1 or words[0] in self.reserved_words or stem in self.stems:
                continue
            if words in self.taken:
                continue
            self.stems.add(stem)
            self.stem_list.append(stem)
            return stem

    def ticker(self) -> str | None:
        for _ in range(8):
            ticker = "".join(self.rng.choice(TICKER_LETTERS) for _ in range(3))
            words = self.normaliser.words(ticker)
            if words[0] not in self.reserved_words and self.free(ticker):
                return ticker
        return None


def _one_letter_off(word: str, rng: random.Random) -> str:
    positions = [index for index, char in enumerate(word) if char in VOWELS]
    if not positions:
        return word + "a"
    index = rng.choice(positions)
    replacement = rng.choice([vowel for vowel in VOWELS if vowel != word[index]])
    return word[:index] + replacement + word[index + 1 :]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def make_companies(count: int, names: Names) -> list[Company]:
    rng = names.rng
    sectors = list(SECTORS)
    companies: list[Company] = []
    stems_by_sector: dict[str, list[str]] = {sector: [] for sector in sectors}
    while len(companies) < count:
        sector = sectors[len(companies) % len(sectors)]
        suffixes = SECTORS[sector][0]
        other = stems_by_sector[rng.choice([item for item in sectors if item != sector])]
        if other and rng.random() < 0.1:
            stem = rng.choice(other[-50:])  # "Alder Energy" and "Alder Foods": a shared stem, no short alias
            shared_stem = True
        else:
            stem = names.stem()
            shared_stem = False
        name = f"{stem} {rng.choice(suffixes)}"
        if not names.free(name):
            continue
        aliases = [name]
        if not shared_stem and names.free(stem):
            aliases.append(stem)
        formal = f"{name} {rng.choice(('Group', 'Holdings', 'Corporation', 'Limited', 'Company'))}"
        if names.free(formal):
            aliases.append(formal)
        if rng.random() < 0.5:
            ticker = names.ticker()
            if ticker:
                aliases.append(ticker)
        names.claim(*aliases)
        stems_by_sector[sector].append(stem)
        companies.append(Company(f"{_slug(name)}", name, tuple(aliases), sector))
    return companies


def make_person(names: Names, number: int) -> Person:
    rng = names.rng
    while True:
        surname = rng.choice(SYLLABLES[0]) + rng.choice(SYLLABLES[1]) + rng.choice(SURNAME_ENDS)
        name = f"{rng.choice(FIRST_NAMES)} {surname}"
        if names.free(name) and names.normaliser.words(surname)[0] not in names.reserved_words:
            break
    aliases = [name]
    if names.free(surname) and rng.random() < 0.6:
        aliases.append(surname)
    names.claim(*aliases)
    return Person(f"p-{_slug(name)}-{number}", name, tuple(aliases))


def all_periods() -> dict[str, list[Period]]:
    years = [Period(f"y{year}", str(year), f"in {year}", year) for year in YEARS]
    split = [
        Period(f"my{year}", f"{year}/{(year + 1) % 100:02d}", f"in {year}/{(year + 1) % 100:02d}", year)
        for year in YEARS[:-1]
    ]
    quarters = [
        Period(f"q{quarter}-{year}", f"Q{quarter} {year}", f"in Q{quarter} {year}", year)
        for year in QUARTER_YEARS
        for quarter in (1, 2, 3, 4)
    ]
    dates = [
        Period(
            f"d{year}-{month:02d}-{day:02d}",
            f"{MONTHS[month - 1]} {day}, {year}",
            f"as of {MONTHS[month - 1]} {day}, {year}",
            year,
        )
        for year in QUARTER_YEARS
        for month, day in SNAPSHOT_DATES
    ]
    return {"year": years, "split": split, "quarter": quarters, "date": dates}


# --- figures -------------------------------------------------------------------------------------------------
def figure(style: str, rng: random.Random) -> str:
    if style == "big":
        if rng.random() < 0.5:
            return f"{rng.randint(11, 999) / 10:g} million".replace(".0 ", " ")
        return f"{rng.randint(100, 999) * 1000:,}"
    if style == "small":
        return f"{rng.randint(1000, 99_000):,}"
    if style == "tiny":
        return str(rng.randint(12, 950))
    if style == "money":
        if rng.random() < 0.5:
            return f"${rng.randint(11, 990) / 10:g} billion"
        return f"${rng.randint(12, 990)} million"
    if style == "percent":
        return f"{rng.randint(15, 950) / 10:.1f}%"
    raise ValueError(style)


def change_of(style: str, rng: random.Random) -> str:
    if style in ("big", "small"):
        return f"{rng.randint(2, 90) * 1000:,}"
    if style == "tiny":
        return str(rng.randint(2, 11))
    if style == "money":
        return f"${rng.randint(2, 95)} million"
    raise ValueError(style)


# --- one source ------------------------------------------------------------------------------------------------
@dataclass
class SourceWriter:
    """Sentences of one text and the YAML records that cite them."""

    id: str
    rng: random.Random
    lines: list[list[str]] = field(default_factory=lambda: [[]])
    facts: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    claim_free: list[str] = field(default_factory=list)
    records: list[FactRecord] = field(default_factory=list)
    sentence_count: int = 0

    def sentence(self, text: str, same_paragraph: bool = False) -> int:
        """Add a sentence (without its full stop) to the current paragraph; its number."""
        if not same_paragraph and len(self.lines[-1]) >= self.rng.randint(2, 5):
            self.lines.append([])
        self.lines[-1].append(text + ".")
        self.sentence_count += 1
        return self.sentence_count

    def heading(self, text: str) -> int:
        if self.lines[-1]:
            self.lines.append([])
        self.lines[-1].append(text)
        self.lines.append([])
        self.sentence_count += 1
        return self.sentence_count

    def text(self) -> str:
        return "\n".join(" ".join(line) for line in self.lines if line) + "\n"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _flow(pairs: Sequence[tuple[str, object]]) -> str:
    parts = []
    for key, value in pairs:
        if isinstance(value, (list, tuple)):
            parts.append(f"{key}: [{', '.join(_item(item) for item in value)}]")
        else:
            parts.append(f"{key}: {_item(value)}")
    return "{" + ", ".join(parts) + "}"


def _item(value: object) -> str:
    if isinstance(value, dict):
        return _flow(list(value.items()))
    if isinstance(value, int):
        return str(value)
    return _q(str(value))


class World:
    """Everything shared between sources, and the per-source writer."""

    def __init__(self, facts: int, seed: int) -> None:
        self.rng = random.Random(f"factbot-scale:{facts}:{seed}")
        self.names = Names(self.rng)
        self.sources = max(1, round(facts / FACTS_PER_SOURCE))
        self.facts_wanted = facts
        self.companies = make_companies(max(3 * len(SECTORS), facts // 25), self.names)
        self.by_sector: dict[str, list[Company]] = {sector: [] for sector in SECTORS}
        for company in self.companies:
            self.by_sector[company.sector].append(company)
        self.markets = {f"m-{_slug(name)}": name for name in MARKETS}
        self.names.claim(*MARKETS)
        self.periods = all_periods()
        self.used: set[tuple[str, str, str, str | None, bool]] = set()
        self.people = 0

    def generate(self, folder: Path) -> Generated:
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "sources").mkdir(parents=True)
        (folder / "lexicon.yaml").write_text(FOLDER_LEXICON, encoding="utf-8")
        result = Generated(folder, companies=self.companies, sources=self.sources)
        base, extra = divmod(self.facts_wanted, self.sources)
        for number in range(self.sources):
            wanted = base + (1 if number < extra else 0)
            self._source(folder, number, wanted, result)
        result.missing_names = tuple(self._missing_names(5))
        return result

    def _missing_names(self, count: int) -> Iterator[str]:
        """Names of no company, and not a typo of one either: at least three edits from every known name word."""
        known = {word for company in self.companies for word in company.name.casefold().split()}
        made = 0
        while made < count:
            stem = self.names.stem()
            if any(OSA.distance(stem.casefold(), word, score_cutoff=2) <= 2 for word in known):
                continue
            name = f"{stem} {self.rng.choice(SECTORS[self.rng.choice(list(SECTORS))][0])}"
            if self.names.free(name) and self.names.free(stem):
                made += 1
                yield name

    # --- one source file ---------------------------------------------------------------------------
    def _source(self, folder: Path, number: int, wanted: int, result: Generated) -> None:
        rng = self.rng
        sector = list(SECTORS)[number % len(SECTORS)]
        pool = self.by_sector[sector]
        start = rng.randrange(len(pool))
        companies = [pool[(start + step) % len(pool)] for step in range(min(len(pool), rng.randint(6, 10)))]
        measures = [*SECTORS[sector][1], *rng.sample(COMMON, 3)]
        style = rng.choices(("year", "split", "quarter"), weights=(5, 2, 3))[0]
        periods = list(self.periods[style])
        markets = rng.sample(sorted(self.markets), 4)
        source_id = f"{sector}-{number:05d}"
        title = f"{companies[0].name} and its peers: {sector} figures, report {number + 1}"
        writer = SourceWriter(source_id, rng)
        writer.claim_free.append(_flow([("sentence", writer.heading(title)), ("reason", "headline")]))
        people = [make_person(self.names, self._next_person()) for _ in range(rng.randint(1, 2))]
        employers = {person.id: rng.choice(companies) for person in people}
        used_companies: set[str] = set()
        used_measures: set[str] = set()
        used_periods: set[str] = set()
        used_markets: set[str] = set()
        described: dict[str, tuple[int, str]] = {}
        made = 0
        tries = 0
        while made < wanted and tries < wanted * 20:
            tries += 1
            kind = rng.choices(("level", "change", "pair", "context", "snapshot"), weights=(40, 20, 20, 10, 10))[0]
            room = wanted - made
            if kind in ("change", "pair") and room < 2:
                kind = "level"
            measure = MEASURES[rng.choice(measures)]
            if kind == "snapshot" and measure.id not in STOCKS:
                kind = "level"
            period = rng.choice(self.periods["date"]) if kind == "snapshot" else rng.choice(periods)
            market = rng.choice(markets) if measure.market else None
            if kind == "change" and measure.style == "percent":
                kind = "level"
            chosen = rng.sample(companies, 2 if kind == "pair" else 1)
            keys = [(company.id, measure.id, period.id, market, False) for company in chosen]
            if kind == "change":
                keys.append((chosen[0].id, measure.id, period.id, market, True))
            if any(key in self.used for key in keys):
                continue
            self.used.update(keys)
            added = self._write_facts(writer, kind, measure, period, market, chosen)
            made += added
            used_companies.update(company.id for company in chosen)
            used_measures.add(measure.id)
            used_periods.add(period.id)
            if market:
                used_markets.add(market)
            if rng.random() < 0.32:
                self._statement(writer, companies, people, employers, markets, used_companies, used_markets, described)
        for person in people:
            if person.id not in described:
                employer = employers[person.id]
                used_companies.add(employer.id)
                self._quote(writer, person, employer, described)
        if rng.random() < 0.5:
            writer.claim_free.append(
                _flow(
                    [
                        ("sentence", writer.sentence("Figures are unaudited unless stated otherwise")),
                        ("reason", "boilerplate"),
                    ]
                )
            )
        text = writer.text()
        self._check_numbering(source_id, text, writer)
        (folder / "sources" / f"{source_id}.txt").write_text(text, encoding="utf-8")
        yaml_text = self._yaml(
            writer, title, companies, people, described, used_companies, used_measures, used_periods, used_markets
        )
        (folder / f"{source_id}.yaml").write_text(yaml_text, encoding="utf-8")
        result.facts += writer.records
        result.statements += len(writer.statements)

    def _next_person(self) -> int:
        self.people += 1
        return self.people

    @staticmethod
    def _check_numbering(source_id: str, text: str, writer: SourceWriter) -> None:
        sentences = split_sentences(source_id, text)
        if len(sentences) != writer.sentence_count:  # pragma: no cover - a template broke the sentence rule
            raise AssertionError(f"{source_id}: {len(sentences)} sentences, expected {writer.sentence_count}")
        for record in writer.records:
            if sentences[record.sentence - 1].text != record.sentence_text:  # pragma: no cover
                raise AssertionError(f"{source_id}: sentence {record.sentence} is not {record.sentence_text!r}")

    # --- facts -------------------------------------------------------------------------------------------
    def _write_facts(
        self,
        writer: SourceWriter,
        kind: str,
        measure: MeasureSpec,
        period: Period,
        market: str | None,
        chosen: list[Company],
    ) -> int:
        rng = self.rng
        where = f" in {self.markets[market]}" if market else ""
        when = period.text
        unit = f" {measure.unit_word}" if measure.unit_word else ""
        company = chosen[0]
        if kind == "pair":
            first, second = figure(measure.style, rng), figure(measure.style, rng)
            if first == second:
                second = figure(measure.style, rng)
            verb = measure.verb.format(value=f"{first} and {second}")
            body = f"{chosen[0].name} and {chosen[1].name} {verb}{where} respectively"
            text = f"{_capital(when)}, {body}"
            number = writer.sentence(text)
            quote = f"{verb}{where} respectively"
            for other, value in ((chosen[0], first), (chosen[1], second)):
                self._fact(writer, other, measure, period, market, value, number, quote, text)
            return 2
        if kind == "change":
            value, delta = figure(measure.style, rng), change_of(measure.style, rng)
            rose = rng.random() < 0.6
            direction = rng.choice(("up", "rising")) if rose else rng.choice(("down", "falling"))
            level = f"{measure.noun or measure.name}{where} reached {value}{unit} {when}"
            move = f"{direction} {delta}{unit} from a year earlier"
            text = f"{_possessive(company.name)} {level}, {move}"
            number = writer.sentence(text)
            self._fact(writer, company, measure, period, market, value, number, level, text)
            signed = ("+" if rose else "-") + delta
            self._fact(writer, company, measure, period, market, signed, number, move, text, change=True)
            return 2
        if kind == "context":
            opener = f"{_capital(when)}, {company.name} {rng.choice(EVENTS)}"
            first = writer.sentence(opener)
            value = figure(measure.style, rng)
            verb = measure.verb.format(value=value)
            text = f"It also {verb}{where}"
            number = writer.sentence(text, same_paragraph=True)
            context = [{"sentence": first, "quote": opener}]
            self._fact(writer, company, measure, period, market, value, number, f"{verb}{where}", text, context=context)
            return 1
        value = figure(measure.style, rng)
        shown = value
        if measure.style in ("big", "money") and rng.random() < 0.15:
            shown = f"{rng.choice(QUALIFIERS)} {value}"
        if rng.random() < 0.5 or kind == "snapshot":
            verb = measure.verb.format(value=shown)
            text = (
                f"{_capital(when)}, {company.name} {verb}{where}"
                if kind == "snapshot"
                else f"{company.name} {verb}{where} {when}"
            )
            quote = f"{verb}{where}"
        else:
            noun = measure.noun or measure.name
            text = f"{_possessive(company.name)} {noun}{where} was {shown}{unit} {when}"
            quote = f"{noun}{where} was {shown}{unit} {when}"
        number = writer.sentence(text)
        self._fact(writer, company, measure, period, market, shown, number, quote, text)
        return 1

    def _fact(
        self,
        writer: SourceWriter,
        company: Company,
        measure: MeasureSpec,
        period: Period,
        market: str | None,
        value: str,
        sentence: int,
        quote: str,
        text: str,
        change: bool = False,
        context: list[dict[str, object]] | None = None,
    ) -> None:
        fact_id = f"{writer.id}-f{len(writer.records) + 1}"
        fields: list[tuple[str, object]] = [
            ("id", fact_id),
            ("subject", company.id),
            ("measure", measure.id),
            ("period", period.id),
        ]
        if market:
            fields.append(("market", market))
        fields.append(("change" if change else "value", value))
        fields += [("sentence", sentence), ("quote", quote)]
        if context:
            fields.append(("context", context))
        writer.facts.append(_flow(fields))
        writer.records.append(
            FactRecord(
                id=fact_id,
                subject=company.id,
                subject_name=company.name,
                measure=measure.id,
                period=period.id,
                period_text=period.text,
                market=market,
                market_name=self.markets[market] if market else None,
                value_text=value.lstrip("+-"),
                is_change=change,
                exact=not any(value.startswith(word + " ") for word in QUALIFIERS),
                source=writer.id,
                sentence=sentence,
                sentence_text=text + ".",
            )
        )

    # --- statements ---------------------------------------------------------------------------------------
    def _statement(
        self,
        writer: SourceWriter,
        companies: list[Company],
        people: list[Person],
        employers: dict[str, Company],
        markets: list[str],
        used: set[str],
        used_markets: set[str],
        described: dict[str, tuple[int, str]],
    ) -> None:
        rng = self.rng
        kind = rng.choice(("quote", "reason", "plan", "event"))
        company = rng.choice(companies)
        if kind == "quote":
            person = rng.choice(people)
            used.add(employers[person.id].id)
            self._quote(writer, person, employers[person.id], described)
            return
        used.add(company.id)
        record: list[tuple[str, object]] = [("id", f"{writer.id}-s{len(writer.statements) + 1}"), ("kind", kind)]
        if kind == "reason":
            text = f"{company.name} {rng.choice(REASON_ACTIONS)} because {rng.choice(CAUSES)}"
            record += [("about", [company.id])]
        elif kind == "plan":
            market = rng.choice(markets)
            text = f"{company.name} plans to {rng.choice(PLANS)} in {self.markets[market]}"
            record += [("about", [company.id]), ("place", market)]
            used_markets.add(market)
        else:
            month, year = rng.choice(MONTHS), rng.choice(YEARS)
            date = f"{month} {year}"
            text = f"In {date}, {company.name} {rng.choice(EVENTS)}"
            record += [("about", [company.id]), ("date", date)]
        record += [("sentence", writer.sentence(text)), ("quote", text)]
        writer.statements.append(_flow(record))

    def _quote(
        self, writer: SourceWriter, person: Person, employer: Company, described: dict[str, tuple[int, str]]
    ) -> None:
        rng = self.rng
        role = "the chief executive of" if rng.random() < 0.7 else "the finance director of"
        role_text = f"{role} {employer.name}"
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.choice(YEARS)
        date = f"{month} {day}, {year}"
        claim = rng.choice(CLAIMS)
        text = f"On {date}, {person.name}, {role_text}, said that {claim}"
        number = writer.sentence(text)
        if person.id not in described:
            described[person.id] = (number, role_text)
        record: list[tuple[str, object]] = [
            ("id", f"{writer.id}-s{len(writer.statements) + 1}"),
            ("kind", "quote"),
            ("sentence", number),
            ("quote", f"{person.name}, {role_text}, said that {claim}"),
            ("date", date),
            ("context", [{"sentence": number, "quote": f"On {date}"}]),
            ("people", [person.id]),
            ("about", [employer.id]),
        ]
        writer.statements.append(_flow(record))

    # --- the YAML file ------------------------------------------------------------------------------------
    def _yaml(
        self,
        writer: SourceWriter,
        title: str,
        companies: list[Company],
        people: list[Person],
        described: dict[str, tuple[int, str]],
        used_companies: set[str],
        used_measures: set[str],
        used_periods: set[str],
        used_markets: set[str],
    ) -> str:
        out = [
            f"# Generated by benchmarks/make_knowledge.py: source {writer.id}.",
            f"source: {_flow([('id', writer.id), ('title', title), ('file', f'sources/{writer.id}.txt')])}",
            "",
            "entities:",
        ]
        for company in companies:
            if company.id in used_companies:
                fields = [("id", company.id), ("name", company.name), ("kind", "company"), ("aliases", company.aliases)]
                out.append(f"  - {_flow(fields)}")
        for market in sorted(used_markets):
            name = self.markets[market]
            out.append(f"  - {_flow([('id', market), ('name', name), ('kind', 'market'), ('aliases', [name])])}")
        for person in people:
            if person.id not in described:
                continue
            sentence, role = described[person.id]
            fields = [("id", person.id), ("name", person.name), ("kind", "person"), ("aliases", person.aliases)]
            fields += [("description", role), ("evidence", [{"sentence": sentence, "quote": role}])]
            out.append(f"  - {_flow(fields)}")
        out += ["", "measures:"]
        for measure_id in sorted(used_measures):
            spec = MEASURES[measure_id]
            fields = [("id", spec.id), ("name", spec.name), ("unit", spec.unit), ("aliases", spec.aliases)]
            out.append(f"  - {_flow(fields)}")
        out += ["", "periods:"]
        for period in (period for group in self.periods.values() for period in group):
            if period.id in used_periods:
                out.append(f"  - {_flow([('id', period.id), ('aliases', [period.alias])])}")
        out += ["", "facts:", *(f"  - {line}" for line in writer.facts)]
        if writer.statements:
            out += ["", "statements:", *(f"  - {line}" for line in writer.statements)]
        out += ["", "claim_free:", *(f"  - {line}" for line in writer.claim_free)]
        return "\n".join(out) + "\n"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate(facts: int, out: Path, seed: int = 7) -> Generated:
    """Write a knowledge folder of about `facts` facts into `out` (replacing it); what was written."""
    return World(facts, seed).generate(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, required=True, help="how many facts (about N/50 sources)")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=7, help="the same N and seed give the same folder")
    options = parser.parse_args(argv)
    if options.facts < 1:
        parser.error("--facts must be at least 1")
    made = generate(options.facts, options.out, options.seed)
    print(
        f"wrote {options.out}: {made.sources:,} sources, {len(made.facts):,} facts, {made.statements:,} statements, "
        f"{len(made.companies):,} companies",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
