"""`factbot draft`: a first curation of a new text, for the curator to correct rather than write.

Every figure becomes a candidate fact (its value as written, a minimal verbatim quote,
its sentence), every name a candidate entity, every date a candidate period, and every
sentence without figures a candidate statement. The guesses (subject, period, measure,
kind) are simple and predictable, and each one is marked for review. A draft is worth
more with fewer, right guesses than with many a curator must undo: a guess is left empty
when the text does not tie it to the figure. The quotes are always verbatim, so the draft
loads and passes verify's mechanical checks as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factbot.curation.clauses import WORDS, clause_start
from factbot.curation.draft_figures import describes_a_figure
from factbot.curation.draft_measures import DraftMeasure, guess_measure
from factbot.curation.draft_periods import DraftPeriod, PeriodAt, dates_of, draft_periods, period_for
from factbot.curation.draft_subjects import nearest_subject
from factbot.curation.draft_tables import TableFigure, read_tables
from factbot.curation.ids import Ids, slug
from factbot.curation.names import CandidateEntity, find_names
from factbot.curation.references import reference_spans, within
from factbot.knowledge.figures import figures_in
from factbot.knowledge.model import Lexicon, Sentence
from factbot.knowledge.quantities import Direction, Quantity
from factbot.knowledge.sources import split_sentences

__all__ = ["Draft", "DraftEntity", "DraftFact", "DraftMeasure", "DraftPeriod", "DraftStatement", "draft_source", "slug"]

_LEVEL_MARKER = re.compile(r"\b(?:to|from|at|of)\s+$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)]?$")
_ATTACHED_UNIT = re.compile(r"[°º′″][A-Za-z]{0,2}(?![\w])")
"""A unit symbol written onto its figure ("12°C", "40°"): part of the value as written."""
HEADING_WORDS = 10


@dataclass(frozen=True)
class DraftEntity:
    id: str
    name: str
    aliases: tuple[str, ...]


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
    table_lines: tuple[tuple[int, str], ...] = ()
    """A table's header and rule rows, each with its reason (claim-free)."""


@dataclass
class _Drafting:
    """What the facts of one text are drafted from, and the measures they name as they go."""

    names: list[CandidateEntity]
    entity_ids: dict[int, str]
    periods: dict[int, list[PeriodAt]]
    lexicon: Lexicon
    ids: Ids
    measures: dict[tuple[str, str], DraftMeasure]


def draft_source(source_id: str, title: str, file: str, text: str, lexicon: Lexicon) -> Draft:
    """The draft of one source text (the text exactly as the knowledge folder will hold it)."""
    sentences = split_sentences(source_id, text)
    ids = Ids({source_id})
    table = read_tables(sentences, lexicon)
    headings = tuple(s.number for s in sentences if _is_heading(s) and s.number not in table.sentences)
    names = find_names(sentences, lexicon, (*headings, *table.sentences))
    entity_ids = {id(name): ids.new(name.name) for name in names}
    periods, periods_at = draft_periods(sentences, lexicon, ids)
    drafting = _Drafting(names, entity_ids, periods_at, lexicon, ids, {})
    named: dict[str, DraftEntity] = {}
    facts = [_table_fact(figure, drafting, named) for figure in table.figures]
    statements: list[DraftStatement] = []
    for sentence in sentences:
        if sentence.number in headings or sentence.number in table.sentences:
            continue
        found = _figures(sentence, lexicon)
        if not found:
            statements.append(_statement(sentence, names, entity_ids, lexicon, ids))
            continue
        facts += [_fact(sentence, quantity, found, drafting) for quantity in found]
    entities = (*_entities(names, entity_ids), *named.values())
    measures = tuple(drafting.measures.values())
    return Draft(
        source_id, title, file, entities, measures, periods, tuple(facts), tuple(statements), headings,
        table.claim_free,
    )  # fmt: skip


def _table_fact(figure: TableFigure, drafting: _Drafting, named: dict[str, DraftEntity]) -> DraftFact:
    """A figure of a table row: of its column's subject in its row's period, or of its row's subject in its
    column's measure. The quote is the figure's cell; the column header is cited as context."""
    by_period = figure.label_is_period
    subject_name = figure.header if by_period else figure.label.text
    measure_name = figure.measure_name if by_period or not figure.header else figure.header.casefold()
    subject = _named_entity(subject_name, drafting, named) if subject_name else ""
    measure_name = measure_name or "figure"
    key = (measure_name, measure_name.split()[-1])
    known = drafting.measures.get(key) or DraftMeasure(drafting.ids.new(measure_name), *key, (measure_name,))
    drafting.measures[key] = known
    at = drafting.periods.get(figure.sentence, [])
    period = next((p.id for p in at if figure.label.start <= p.start and p.end <= figure.label.end), "")
    context = ((figure.header_sentence, figure.header),) if figure.header and figure.header_sentence else ()
    role = "subject (its column), period (its row)" if by_period else "subject (its row), measure (its column)"
    written = next(iter(figures_in(figure.cell.text, drafting.lexicon))).text
    return DraftFact(
        id=drafting.ids.new(subject or "fact", known.id, period),
        subject=subject,
        measure=known.id,
        period=period if by_period else "",
        field="value",
        written=written,
        sentence=figure.sentence,
        quote=figure.cell.text,
        context=context,
        review=f"{role}, measure and unit: a table in millions is `unit: million ...` (docs/knowledge.md)",
    )


def _named_entity(name: str, drafting: _Drafting, named: dict[str, DraftEntity]) -> str:
    """The entity a table's header or row label names: one already found in the prose, else a new one."""
    for candidate in drafting.names:
        if name.casefold() in (alias.casefold() for alias in candidate.aliases):
            return drafting.entity_ids[id(candidate)]
    if name.casefold() not in named:
        named[name.casefold()] = DraftEntity(drafting.ids.new(name), name, (name,))
    return named[name.casefold()].id


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
    not the number of a table or figure ("see table A-1"), not a number that only describes a figure (an
    age, "per 1,000", "the 20th century": `draft_figures`)."""
    kept = []
    references = reference_spans(sentence.text)
    for quantity in figures_in(sentence.text, lexicon):
        if (quantity.spelled and quantity.value == 1) or within(quantity.start, quantity.end, references):
            continue
        if describes_a_figure(sentence.text, quantity, lexicon):
            continue
        kept.append(quantity)
    return kept


def _quote(sentence: Sentence, quantity: Quantity, end: int) -> str:
    """The clause up to the figure and the word it counts: short, verbatim, and holding the value."""
    text = sentence.text
    start = clause_start(text, quantity.start)
    unit = re.match(r"(?:\s*\(?[^\W\d_][\w-]*){1,2}", text[end:])
    end += unit.end() if unit and quantity.unit and not quantity.percent else 0
    return text[start:end].strip(" ,;:(")


def _measure(sentence: Sentence, quantity: Quantity, attached: str, drafting: _Drafting) -> str:
    guess = guess_measure(sentence.text, quantity, attached, drafting.lexicon)
    key = (guess.name, guess.unit)
    known = drafting.measures.get(key) or DraftMeasure(drafting.ids.new(guess.name), guess.name, guess.unit, ())
    aliases = tuple(dict.fromkeys([*known.aliases, guess.name, *([guess.verb] if guess.verb else [])]))
    drafting.measures[key] = DraftMeasure(known.id, known.name, known.unit, aliases)
    return known.id


def _fact(sentence: Sentence, quantity: Quantity, figures: list[Quantity], drafting: _Drafting) -> DraftFact:
    subject, context = nearest_subject(sentence, quantity, figures, drafting.names, drafting.entity_ids)
    period = period_for(sentence, quantity, figures, drafting.periods.get(sentence.number, []))
    attached_match = _ATTACHED_UNIT.match(sentence.text, quantity.end)
    attached = attached_match.group() if attached_match else ""
    measure = _measure(sentence, quantity, attached, drafting)
    before = sentence.text[max(0, quantity.start - 6) : quantity.start]
    # "rose for the second year in a row": the streak's count is the figure, never a change
    is_change = not quantity.ordinal and quantity.direction is not Direction.NONE and not _LEVEL_MARKER.search(before)
    written = quantity.text + attached
    if is_change:
        written = ("-" if quantity.direction is Direction.DOWN else "+") + written.lstrip("+-\u2212")
    notes = ["subject", "measure", "period" if period else "no period tied to the figure"]
    if is_change:
        notes.append(f"a {'fall' if quantity.direction is Direction.DOWN else 'rise'}, recorded as a change")
    return DraftFact(
        id=drafting.ids.new(subject or "fact", measure, period),
        subject=subject,
        measure=measure,
        period=period,
        field="change" if is_change else "value",
        written=written,
        sentence=sentence.number,
        quote=_quote(sentence, quantity, quantity.end + len(attached)),
        context=context,
        review=", ".join(notes),
    )


def _statement(
    sentence: Sentence, names: list[CandidateEntity], entity_ids: dict[int, str], lexicon: Lexicon, ids: Ids
) -> DraftStatement:
    about = tuple(
        dict.fromkeys(
            entity_ids[id(name)] for name in names for mention in name.mentions if mention.sentence == sentence.number
        )
    )
    dates = dates_of(sentence.text, lexicon)
    date = dates[0].text if dates else ""
    kind = _statement_kind(sentence.text, lexicon) or ("event" if date else "description")
    words = [word for word in WORDS.findall(sentence.text) if word.casefold() not in lexicon.stopwords][:4]
    return DraftStatement(ids.new(*words), kind, sentence.number, sentence.text, about, date)


def _statement_kind(text: str, lexicon: Lexicon) -> str:
    lowered = f" {text.casefold()} "
    for kind, cues in lexicon.statement_kinds.items():
        if any(re.search(rf"\b{re.escape(cue)}\b", lowered) for cue in cues):
            return kind
    return ""
