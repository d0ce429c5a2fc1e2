"""`factbot draft`: a first curation of a new text, for the curator to correct rather than write.

Every figure becomes a candidate fact (its value as written, a minimal verbatim quote,
its sentence), every name a candidate entity, every date a candidate period, and every
sentence without figures a candidate statement. The guesses (subject, period, measure,
kind) are simple and predictable: the nearest name, the period written in the same
sentence, the words around the figure. Each one is marked for review. The quotes are
always verbatim, so the draft loads and passes verify's mechanical checks as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from factbot.curation.names import CandidateEntity, Mention, find_names
from factbot.curation.references import reference_spans, within
from factbot.knowledge.figures import figures_in
from factbot.knowledge.model import Lexicon, Sentence
from factbot.knowledge.periods import FoundPeriod, PeriodKey, PeriodKind, find_periods, find_relative
from factbot.knowledge.quantities import Direction, Quantity
from factbot.knowledge.sources import split_sentences

_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[(\u2014]|\s(?:while|whereas|but|and|or)\s")
_LEVEL_MARKER = re.compile(r"\b(?:to|from|at|of)\s+$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_][\w'-]*")
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)]?$")
HEADING_WORDS = 10


@dataclass(frozen=True)
class DraftEntity:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class DraftMeasure:
    id: str
    name: str
    unit: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class DraftPeriod:
    id: str
    alias: str
    relative_to: str = ""
    offset: int = 0


@dataclass(frozen=True)
class DraftFact:
    id: str
    subject: str
    measure: str
    period: str
    field: str
    """`value` for a level, `change` for a rise or fall."""
    written: str
    sentence: int
    quote: str
    context: tuple[tuple[int, str], ...] = ()
    review: str = ""


@dataclass(frozen=True)
class DraftStatement:
    id: str
    kind: str
    sentence: int
    quote: str
    about: tuple[str, ...]
    date: str = ""


@dataclass(frozen=True)
class Draft:
    """A whole draft source file, ready to render as YAML."""

    source_id: str
    title: str
    file: str
    entities: tuple[DraftEntity, ...]
    measures: tuple[DraftMeasure, ...]
    periods: tuple[DraftPeriod, ...]
    facts: tuple[DraftFact, ...]
    statements: tuple[DraftStatement, ...]
    headings: tuple[int, ...]


@dataclass
class _Ids:
    """Readable, unique ids: a slug of the name, numbered when taken."""

    taken: set[str] = field(default_factory=set)

    def new(self, *parts: str) -> str:
        base = "-".join(part for part in (slug(part) for part in parts) if part)[:60].strip("-") or "record"
        candidate, number = base, 2
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.taken.add(candidate)
        return candidate


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def draft_source(source_id: str, title: str, file: str, text: str, lexicon: Lexicon) -> Draft:
    """The draft of one source text (the text exactly as the knowledge folder will hold it)."""
    sentences = split_sentences(source_id, text)
    ids = _Ids({source_id})
    names = find_names(sentences, lexicon)
    entity_ids = {id(name): ids.new(name.name) for name in names}
    periods, period_ids = _periods(sentences, lexicon, ids)
    headings = tuple(sentence.number for sentence in sentences if _is_heading(sentence))
    measures: dict[tuple[str, str], DraftMeasure] = {}
    facts: list[DraftFact] = []
    statements: list[DraftStatement] = []
    for sentence in sentences:
        if sentence.number in headings:
            continue
        found = _figures(sentence, lexicon)
        if not found:
            statements.append(_statement(sentence, names, entity_ids, lexicon, ids))
            continue
        for quantity in found:
            facts.append(_fact(sentence, quantity, found, names, entity_ids, period_ids, measures, lexicon, ids))
    entities = _entities(names, entity_ids)
    return Draft(
        source_id, title, file, entities, tuple(measures.values()), periods, tuple(facts), tuple(statements), headings
    )


def _entities(names: list[CandidateEntity], entity_ids: dict[int, str]) -> tuple[DraftEntity, ...]:
    """Entities with their aliases, each alias given to the first entity that claims it."""
    taken: set[str] = set()
    entities = []
    for name in names:
        aliases = [alias for alias in name.aliases if alias.casefold() not in taken]
        taken.update(alias.casefold() for alias in aliases)
        if aliases:
            entities.append(DraftEntity(entity_ids[id(name)], name.name, tuple(aliases)))
    return tuple(entities)


def _is_heading(sentence: Sentence) -> bool:
    """A title or heading: a short line with no sentence-ending punctuation."""
    return not _TERMINAL.search(sentence.text) and len(sentence.text.split()) <= HEADING_WORDS


def _figures(sentence: Sentence, lexicon: Lexicon) -> list[Quantity]:
    """The figures worth a fact: not "one of", not a list marker, not part of a name such as "Section 7",
    not the number of a table or figure ("see table A-1")."""
    kept = []
    references = reference_spans(sentence.text)
    for quantity in figures_in(sentence.text, lexicon):
        if (quantity.spelled and quantity.value == 1) or within(quantity.start, quantity.end, references):
            continue
        kept.append(quantity)
    return kept


def _periods(
    sentences: Iterable[Sentence], lexicon: Lexicon, ids: _Ids
) -> tuple[tuple[DraftPeriod, ...], dict[tuple[int, int], tuple[str, str]]]:
    """Candidate periods, and for each sentence-and-offset the period id and text written there."""
    by_key: dict[PeriodKey, str] = {}
    drafted: list[DraftPeriod] = []
    at: dict[tuple[int, int], tuple[str, str]] = {}
    last: str = ""
    for sentence in sentences:
        for found in find_periods(sentence.text, lexicon.calendar):
            if found.key not in by_key:
                by_key[found.key] = ids.new(_period_id(found))
                drafted.append(DraftPeriod(by_key[found.key], found.text))
            last = by_key[found.key]
            at[(sentence.number, found.start)] = (last, found.text)
        for relative in find_relative(sentence.text, lexicon.calendar):
            base = _period_before(at, sentence.number, relative.start) or last
            if not base:
                continue
            period_id = ids.new(base, "minus" if relative.years < 0 else "plus", str(abs(relative.years)))
            drafted.append(DraftPeriod(period_id, relative.text, base, relative.years))
            at[(sentence.number, relative.start)] = (period_id, relative.text)
    return tuple(drafted), at


def _period_id(found: FoundPeriod) -> str:
    key = found.key
    prefixes = {
        PeriodKind.YEAR: f"y{key.year}",
        PeriodKind.SPLIT_YEAR: f"y{key.year}-{(key.year + 1) % 100:02d}",
        PeriodKind.FISCAL_YEAR: f"fy{key.year}",
        PeriodKind.QUARTER: f"q{key.part}-{key.year}",
        PeriodKind.HALF: f"h{key.part}-{key.year}",
        PeriodKind.MONTH: f"m{key.year}-{key.part:02d}",
        PeriodKind.DATE: f"d{key.year}-{key.part:02d}-{key.day:02d}",
        PeriodKind.DECADE: f"the-{key.year}s",
        PeriodKind.CENTURY: f"c{key.year}",
    }
    return prefixes[key.kind]


def _period_before(at: dict[tuple[int, int], tuple[str, str]], sentence: int, start: int) -> str:
    earlier = [(offset, value[0]) for (number, offset), value in at.items() if number == sentence and offset < start]
    return max(earlier)[1] if earlier else ""


def _clause_start(text: str, position: int, minimum_words: int = 3) -> int:
    """Where the clause holding `position` starts, reaching back until it has a few words before it."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, 0, position)]
    for start in reversed([0, *breaks]):
        if len(_WORDS.findall(text[start:position])) >= minimum_words or start == 0:
            return start
    return 0


def _quote(sentence: Sentence, quantity: Quantity) -> str:
    """The clause up to the figure and the word it counts: short, verbatim, and holding the value."""
    text = sentence.text
    start = _clause_start(text, quantity.start)
    unit = re.match(r"(?:\s*\(?[^\W\d_][\w-]*){1,2}", text[quantity.end :])
    end = quantity.end + (unit.end() if unit and quantity.unit and not quantity.percent else 0)
    return text[start:end].strip(" ,;:(")


_LIST_JOIN = re.compile(r"(?:['’]s)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_LOCATIVE = re.compile(r"\b(?:in|at|into|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def _runs(items: list[tuple[int, int]], text: str) -> list[list[int]]:
    """Indexes of items written as one list ("A, B and C"): only list punctuation between neighbours."""
    runs: list[list[int]] = []
    for index, (start, _) in enumerate(items):
        if runs and _LIST_JOIN.fullmatch(text[items[runs[-1][-1]][1] : start]):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _listed_subject(
    sentence: Sentence,
    quantity: Quantity,
    figures: list[Quantity],
    here: list[tuple[Mention, CandidateEntity]],
) -> CandidateEntity | None:
    """ "Nissan and Honda sold 140,000 and 19,000": a list of names paired in order with a list of figures."""
    alike = [item for item in figures if (item.percent, item.ordinal) == (quantity.percent, quantity.ordinal)]
    figure_runs = _runs([(item.start, item.end) for item in alike], sentence.text)
    run = next(run for run in figure_runs if alike.index(quantity) in run)
    if len(run) < 2:
        return None
    first = alike[run[0]]
    names = [item for item in here if item[0].end <= first.start]
    for name_run in reversed(_runs([(mention.start, mention.end) for mention, _ in names], sentence.text)):
        if len(name_run) == len(run):
            return names[name_run[run.index(alike.index(quantity))]][1]
    return None


def _nearest_subject(
    sentence: Sentence,
    quantity: Quantity,
    figures: list[Quantity],
    names: list[CandidateEntity],
    entity_ids: dict[int, str],
) -> tuple[str, tuple[tuple[int, str], ...]]:
    """Who a figure is about: its place in a list of names, else the name nearest before it in its clause
    (a place after "in" only when nothing else is), else the sentence's first name before it, else the
    first name after it, else the last name of an earlier sentence (given as context)."""
    text, position = sentence.text, quantity.start
    here = sorted(
        ((mention, name) for name in names for mention in name.mentions if mention.sentence == sentence.number),
        key=lambda item: item[0].start,
    )
    listed = _listed_subject(sentence, quantity, figures, here)
    if listed is not None:
        return entity_ids[id(listed)], ()
    clause = _clause_start(text, position, minimum_words=0)
    in_clause = [item for item in here if clause <= item[0].start and item[0].end <= position]
    actors = [item for item in in_clause if not _LOCATIVE.search(text[max(0, item[0].start - 12) : item[0].start])]
    before = [item for item in here if item[0].end <= position]
    after = [item for item in here if item[0].start >= position]
    candidates = actors[-1:] or in_clause[-1:] or before[:1] or after[:1]
    if candidates:
        return entity_ids[id(candidates[0][1])], ()
    earlier: list[tuple[Mention, CandidateEntity]] = [
        (mention, name) for name in names for mention in name.mentions if mention.sentence < sentence.number
    ]
    if not earlier:
        return "", ()
    mention, name = max(earlier, key=lambda item: (item[0].sentence, item[0].end))
    return entity_ids[id(name)], ((mention.sentence, mention.text),)


def _sentence_periods(sentence: Sentence, periods: dict[tuple[int, int], tuple[str, str]]) -> list[tuple[int, str]]:
    return sorted((offset, value[0]) for (number, offset), value in periods.items() if number == sentence.number)


def _period_for(sentence: Sentence, quantity: Quantity, figures: list[Quantity], periods: list[tuple[int, str]]) -> str:
    """The period of a figure: paired in order ("between 2012 and 2016 ... from 35.4% to 21.8%"), else the
    one written right after it in its clause, else the nearest one before it, else the nearest one after."""
    if len(periods) >= 2 and len(periods) == len(figures):
        return periods[figures.index(quantity)][1]
    text = sentence.text
    following = [(offset, period) for offset, period in periods if offset >= quantity.end]
    if following and not _CLAUSE_BREAK.search(text, quantity.end, following[0][0]):
        return following[0][1]
    preceding = [period for offset, period in periods if offset < quantity.start]
    if preceding:
        return preceding[-1]
    return following[0][1] if following else ""


def _measure(
    sentence: Sentence, quantity: Quantity, lexicon: Lexicon, measures: dict[tuple[str, str], DraftMeasure], ids: _Ids
) -> str:
    """A measure named by what the figure counts (its unit word, a share, an amount, a rank).

    The words just before the figure ("production", "employed") become aliases to start
    from: only the curator can say which quantity a figure measures.
    """
    text = sentence.text
    skip = lexicon.stopwords | lexicon.up_words | lexicon.down_words | lexicon.fillers
    before = _WORDS.findall(text[_clause_start(text, quantity.start) : quantity.start])
    hints = [word.casefold() for word in before if word.casefold() not in skip and not word[:1].isupper()][-2:]
    if quantity.ordinal:
        name, unit = "rank", "rank"
    elif quantity.percent:
        after = [word.casefold() for word in _WORDS.findall(text[quantity.end : quantity.end + 60])]
        following = [word for word in after if word not in skip][:2]
        name, unit = " ".join(["share", "of", *following]) if following else "share", "percent"
    elif quantity.currency:
        unit = lexicon.currencies.get(quantity.currency, quantity.currency)
        name = f"amount in {unit}"
    elif len(quantity.unit) > 2 and quantity.unit not in skip:
        name, unit = quantity.unit, quantity.unit
    else:
        name, unit = "figure", "count"
    key = (name, unit)
    if key not in measures:
        measures[key] = DraftMeasure(ids.new(name), name, unit, (name,))
    known = measures[key]
    measures[key] = DraftMeasure(known.id, known.name, known.unit, tuple(dict.fromkeys([*known.aliases, *hints])))
    return known.id


def _fact(
    sentence: Sentence,
    quantity: Quantity,
    figures: list[Quantity],
    names: list[CandidateEntity],
    entity_ids: dict[int, str],
    periods: dict[tuple[int, int], tuple[str, str]],
    measures: dict[tuple[str, str], DraftMeasure],
    lexicon: Lexicon,
    ids: _Ids,
) -> DraftFact:
    subject, context = _nearest_subject(sentence, quantity, figures, names, entity_ids)
    period = _period_for(sentence, quantity, figures, _sentence_periods(sentence, periods))
    measure = _measure(sentence, quantity, lexicon, measures, ids)
    is_change = quantity.direction is not Direction.NONE and not _LEVEL_MARKER.search(
        sentence.text[max(0, quantity.start - 6) : quantity.start]
    )
    written = quantity.text
    if is_change:
        written = ("-" if quantity.direction is Direction.DOWN else "+") + written.lstrip("+-\u2212")
    notes = ["subject", "measure", "period" if period else "no period in the sentence"]
    if is_change:
        notes.append(f"a {'fall' if quantity.direction is Direction.DOWN else 'rise'}, recorded as a change")
    return DraftFact(
        id=ids.new(subject or "fact", measure, period),
        subject=subject,
        measure=measure,
        period=period,
        field="change" if is_change else "value",
        written=written,
        sentence=sentence.number,
        quote=_quote(sentence, quantity),
        context=context,
        review=", ".join(notes),
    )


def _statement(
    sentence: Sentence, names: list[CandidateEntity], entity_ids: dict[int, str], lexicon: Lexicon, ids: _Ids
) -> DraftStatement:
    about = tuple(
        dict.fromkeys(
            entity_ids[id(name)] for name in names for mention in name.mentions if mention.sentence == sentence.number
        )
    )
    dates = find_periods(sentence.text, lexicon.calendar)
    date = dates[0].text if dates else ""
    kind = _statement_kind(sentence.text, lexicon) or ("event" if date else "description")
    words = [word for word in _WORDS.findall(sentence.text) if word.casefold() not in lexicon.stopwords][:4]
    return DraftStatement(ids.new(*words), kind, sentence.number, sentence.text, about, date)


def _statement_kind(text: str, lexicon: Lexicon) -> str:
    lowered = f" {text.casefold()} "
    for kind, cues in lexicon.statement_kinds.items():
        if any(re.search(rf"\b{re.escape(cue)}\b", lowered) for cue in cues):
            return kind
    return ""
