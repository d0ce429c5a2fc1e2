"""Deciding what a question asks: a reading (intent + slots) or a refusal.

The policy, in order, so that a wrong confident answer is the rare case:
1. An unknown capitalised name or an uncovered place means the sources cannot
   answer; say so instead of answering about something else.
2. A structured reading (measure, subjects, an operation cue) wins when the
   knowledge has facts for it; a statement that explains the question's words
   wins otherwise.
3. Two readings equally likely (a tie between measures) lead to a clarifying
   question; follow-ups ("And Nissan's?") borrow the previous reading's slots.
Ties are always broken by stable keys (score, phrase length, id), never file order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import RANK_UNIT
from factbot.results import Status
from factbot.understanding.parse import Parsed
from factbot.understanding.statements import best_statements, names_only

ANSWER_THRESHOLD = 0.55
STATEMENT_THRESHOLD = 0.6
STRONG_STATEMENT = 0.9
SMALL_COUNT = 12
CORRECTION_PENALTY = 0.08
UNKNOWN_WORD_PENALTY = 0.2
TIE_PENALTY = 0.1
PAIR_INTENTS = ("difference", "ratio", "compare", "share")
GROUP_INTENTS = ("members", "count_members", "membership")
ENTITY_INTENTS = (*GROUP_INTENTS, "about")
INTENT_PRECEDENCE = (
    "about",
    "count_members",
    "members",
    "share",
    "ratio",
    "difference",
    "rank",
    "average",
    "sum",
    "extreme_max",
    "extreme_min",
    "change",
    "compare",
)


@dataclass(frozen=True)
class Reading:
    """One interpretation of a question: which operation over which slots, and why."""

    intent: str
    subjects: tuple[str, ...] = ()
    measure: str | None = None
    periods: tuple[str, ...] = ()
    market: str | None = None
    values: tuple[Decimal, ...] = ()
    unknown_periods: tuple[str, ...] = ()
    statement: int | None = None
    recent: tuple[str, ...] = ()
    other_cues: tuple[str, ...] = ()
    """Intents cued but not chosen ("combined" in a share question changes what the whole is)."""
    """Subjects asked about in recent turns with this measure, for "combined?" or "who sold more?"."""
    cue: str | None = None
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Refusal:
    """No answer: unknown (with what is known nearby) or a clarifying question with options."""

    status: Status
    message: str
    rule: str
    reading: Reading | None = None
    options: tuple[str, ...] = ()


def route(parsed: Parsed, kb: KnowledgeBase, previous: Reading | None = None) -> Reading | Refusal:
    """The reading to answer, or the refusal to give (see the module docstring for the policy)."""
    early = _refusal_before_reading(parsed, kb)
    if early is not None:
        return early
    structured = structured_reading(parsed, kb, previous.measure if previous else None)
    if isinstance(structured, Refusal):
        return structured
    own_reading = structured
    if previous is not None:
        base = structured or Reading("lookup", subjects=_subjects(parsed, None, kb), confidence=_confidence(parsed))
        followed = _follow_up(base, parsed, previous, kb)
        structured = followed if followed is not base else structured
    statement = _statement_reading(parsed, kb)
    refers_back = parsed.has_pronoun or parsed.follow_up_opener
    guessed_group_question = structured is not None and structured.intent in GROUP_INTENTS and structured.cue is None
    if guessed_group_question and statement is not None:
        return statement  # "What is the nature of the alliance?" is not a request for its members
    if structured is not None and _answerable(structured, kb) and structured.confidence >= ANSWER_THRESHOLD:
        borrowed = structured is not own_reading
        if borrowed and statement is not None and statement.confidence >= STRONG_STATEMENT and not refers_back:
            return statement
        return structured
    names_figure = structured is not None and structured.measure is not None and bool(structured.subjects)
    if statement is not None and not names_figure:
        return statement  # a figure asked of a named subject is never answered by a loosely related statement
    if structured is not None and (structured.measure or structured.intent in ENTITY_INTENTS):
        if structured.confidence < ANSWER_THRESHOLD:
            return Refusal(Status.UNKNOWN, _unsure(parsed, kb), "below confidence threshold", structured)
        return structured
    partial = Reading("lookup", subjects=_subjects(parsed, None, kb), rule="nothing matched")
    return Refusal(Status.UNKNOWN, "I can't find that in the sources.", "no intent above threshold", partial)


def _refusal_before_reading(parsed: Parsed, kb: KnowledgeBase) -> Refusal | None:
    """Questions that no reading can answer: empty, naming the unknown, or mixing measures."""
    if not parsed.words:
        return Refusal(Status.UNKNOWN, "Please ask a question about the sources.", "empty question")
    if parsed.unknown_names:
        names = ", ".join(f"'{name}'" for name in parsed.unknown_names)
        partial = Reading("lookup", subjects=_subjects(parsed, None, kb), rule="unknown name")
        return Refusal(Status.UNKNOWN, f"The sources say nothing about {names}.", "unknown name", partial)
    if parsed.places:
        places = ", ".join(f"'{place}'" for place in parsed.places)
        return Refusal(Status.UNKNOWN, f"The sources give nothing about {places}.", "place not covered")
    if len(parsed.exclusive_measures) > 1:
        names = " and ".join(kb.measures[measure].name for measure in parsed.exclusive_measures)
        message = f"The question mixes different measures ({names}); I won't combine them."
        return Refusal(Status.UNKNOWN, message, "mixed measures")
    return None


def _unsure(parsed: Parsed, kb: KnowledgeBase) -> str:
    quantities = [*parsed.other_quantities, *(phrase for _, phrase in parsed.cues if phrase in kb.other_quantities)]
    if quantities:
        words = ", ".join(f"'{word}'" for word in dict.fromkeys(quantities))
        return f"The sources give no figures for {words}."
    words = ", ".join(f"'{word}'" for word in parsed.unknown_words)
    return f"I'm not sure what {words} means here, so I won't guess."


# --- structured readings ----------------------------------------------------------------
def structured_reading(
    parsed: Parsed, kb: KnowledgeBase, measure_so_far: str | None = None
) -> Reading | Refusal | None:
    """The measure/subject/operation reading of a question, if it names a measure or a group.

    `measure_so_far` (the conversation's) settles a tie between measures ("who sold more?").
    """
    measure, tie_broken, options = _measure(parsed, kb, measure_so_far)
    if measure is None and not options:
        measure = _only_shared_measure(parsed, kb)
        tie_broken = measure is not None
    subjects = _subjects(parsed, measure, kb)
    if options:
        return Refusal(
            Status.CLARIFY, "Which figure do you mean?", "measures tied", Reading("lookup", subjects), options
        )
    intent, cue = _intent(parsed, subjects, measure, kb)
    if measure is None and intent not in ENTITY_INTENTS:
        return None
    confidence = _confidence(parsed)
    if tie_broken:
        confidence -= TIE_PENALTY
    if any(phrase != cue and phrase in kb.other_quantities for _, phrase in parsed.cues):
        confidence = 0.0  # "did Nissan order": an operation word that names a quantity no source has
    markets = sorted(
        (entity for entity in parsed.entities if entity not in subjects),
        key=lambda entity: not kb.entities[entity].is_market,  # a declared market beats a market-like country
    )
    return Reading(
        intent=intent,
        subjects=subjects,
        measure=measure,
        periods=parsed.periods,
        market=markets[0] if markets else None,
        values=parsed.values,
        unknown_periods=parsed.unknown_periods,
        other_cues=tuple(
            intent for intent, phrase in parsed.cues if phrase != cue and (intent, phrase) not in parsed.embedded_cues
        ),
        cue=cue,
        rule=f"cue '{cue}'" if cue else ("measure and subject named" if measure else "group named"),
        confidence=round(max(confidence, 0.0), 2),
    )


def _confidence(parsed: Parsed) -> float:
    """Start sure; every typo corrected and every word not understood costs some certainty.

    A quantity the knowledge has no measure for ("export") means the figure found is not the
    one asked for, so no structured answer is given at all.
    """
    if parsed.other_quantities:
        return 0.0
    return 1.0 - CORRECTION_PENALTY * len(parsed.corrections) - UNKNOWN_WORD_PENALTY * len(parsed.unknown_words)


def _measure(
    parsed: Parsed, kb: KnowledgeBase, measure_so_far: str | None = None
) -> tuple[str | None, bool, tuple[str, ...]]:
    """The measure asked about; a tie is settled by the conversation, then by facts, else clarified."""
    if not parsed.measure_scores:
        return None, False, ()
    best = parsed.measure_scores[0][1]
    tied = [measure for measure, score in parsed.measure_scores if score == best]
    if measure_so_far is not None and not parsed.entities and set(tied) <= set(parsed.cue_measures):
        return measure_so_far, True, ()  # "rank them": "rank" is the operation, not Japan's size rank
    if len(tied) == 1:
        return tied[0], False, ()
    if measure_so_far in tied and not parsed.entities:
        return measure_so_far, True, ()
    subjects = _subjects(parsed, None, kb)
    whole_group = kb.group_with_members(subjects)
    if whole_group is not None:
        subjects = (whole_group,)  # "Toyota, Daihatsu, ... and Hino": their group's figures count
    markets = [entity for entity in parsed.entities if kb.entities[entity].is_market]
    available = [measure for measure in tied if _has_facts(kb, subjects, measure, parsed.periods, markets)]
    if len(available) == 1:
        return available[0], True, ()
    candidates = available or tied
    if not subjects:
        subjects = ()
    options = tuple(_option(kb, subjects, measure) for measure in candidates)
    return None, False, options


def _only_shared_measure(parsed: Parsed, kb: KnowledgeBase) -> str | None:
    """ "How much bigger is X than Y?" names no measure; if X and Y share exactly one, it is meant."""
    subjects = _subjects(parsed, None, kb)
    operations = {intent for intent, _ in parsed.cues} & {*PAIR_INTENTS, "sum", "average"}
    if len(subjects) < 2 or not operations:
        return None
    shared = set.intersection(*({fact.measure for fact in kb.facts_by_subject.get(s, ())} for s in subjects))
    return shared.pop() if len(shared) == 1 else None


def _option(kb: KnowledgeBase, subjects: tuple[str, ...], measure: str) -> str:
    names = " and ".join(kb.entities[subject].name for subject in subjects)
    return f"{names} {kb.measures[measure].name}".strip()


def _has_facts(
    kb: KnowledgeBase, subjects: tuple[str, ...], measure: str, periods: tuple[str, ...], markets: list[str]
) -> bool:
    """Every subject (or, without subjects, someone) has a fact fitting the named period and market."""
    pools = [kb.facts_by_key.get((subject, measure), ()) for subject in subjects]
    if not subjects:
        pools = [kb.facts_by_measure.get(measure, ())]
    return all(
        any((not periods or fact.period in periods) and (not markets or fact.market in markets) for fact in pool)
        for pool in pools
    )


def _subjects(parsed: Parsed, measure: str | None, kb: KnowledgeBase) -> tuple[str, ...]:
    """Entities minus those acting as markets ("sales in China": China is where, not who)."""
    subjects = []
    for entity in parsed.entities:
        record = kb.entities[entity]
        if record.is_market:
            continue
        acts_as_market = entity in kb.market_ids and (measure is None or (entity, measure) not in kb.facts_by_key)
        if acts_as_market and (len(parsed.entities) > 1 or measure is not None):
            continue
        subjects.append(entity)
    return tuple(subjects)


def _intent(
    parsed: Parsed, subjects: tuple[str, ...], measure: str | None, kb: KnowledgeBase
) -> tuple[str, str | None]:
    groups = [subject for subject in subjects if kb.entities[subject].is_group]
    if measure is not None and not subjects and kb.measures[measure].unit == RANK_UNIT:
        return "reverse_lookup", None  # "Japan's third largest": the rank is given, the subject asked
    ordered = sorted(parsed.cues, key=lambda cue: (-len(cue[1].split()), INTENT_PRECEDENCE.index(cue[0])))
    for intent, phrase in ordered:
        if _feasible(intent, parsed, subjects, groups, measure):
            if intent == "members" and parsed.yes_no and len(subjects) > len(groups) >= 1:
                return "membership", phrase
            return intent, phrase
    if parsed.yes_no and groups and len(subjects) > len(groups) and measure is None:
        return "membership", None
    asks_only_about_group = not parsed.cues and not parsed.unknown_words and not _leftover_content(parsed, kb)
    if groups and len(subjects) == len(groups) and measure is None and parsed.question_word and asks_only_about_group:
        return "members", None  # "Which companies does Toyota's alliance have?"
    if measure is not None and not subjects and _asks_who_has(parsed, measure, kb):
        return "reverse_lookup", None
    return "lookup", None


def _leftover_content(parsed: Parsed, kb: KnowledgeBase) -> tuple[str, ...]:
    """Words no phrase took that still carry meaning ("leads" in "Who leads the alliance?")."""
    return tuple(
        segment.words[0]
        for segment in parsed.segments
        if not segment.targets and segment.words[0] not in kb.harmless and not segment.words[0].isdigit()
    )


def _asks_who_has(parsed: Parsed, measure: str, kb: KnowledgeBase) -> bool:
    """ "Who sold 140,000?" or "Japan's third largest": a value (or a rank) is given, the subject asked."""
    if kb.measures[measure].unit == RANK_UNIT:
        return True
    change_cued = any(intent == "change" for intent, _ in parsed.cues)
    figures = [value for value in parsed.values if value > SMALL_COUNT or value != value.to_integral_value()]
    return bool(figures) and not change_cued  # "the three automakers" counts things; 140,000 is a figure


def _feasible(intent: str, parsed: Parsed, subjects: tuple[str, ...], groups: list[str], measure: str | None) -> bool:
    if intent in ("members", "count_members"):
        return bool(groups) and measure is None
    if intent == "about":
        return len(subjects) == 1 and measure is None
    if measure is None:
        return False
    if intent in PAIR_INTENTS:
        return len(subjects) == 2
    if intent == "sum":
        return len(subjects) >= 2 or bool(groups)
    if intent in ("rank", "extreme_max", "extreme_min", "average"):
        return len(subjects) != 1  # several named, or everyone with the measure; one is a lookup
    return True


def _answerable(reading: Reading, kb: KnowledgeBase) -> bool:
    if reading.intent in ENTITY_INTENTS:
        return True
    if reading.measure is None or reading.unknown_periods:
        return False
    markets = [reading.market] if reading.market else []
    if reading.intent == "reverse_lookup":
        return _has_facts(kb, (), reading.measure, reading.periods, markets)
    subjects = reading.subjects
    if not subjects and reading.intent == "lookup":
        # a bare measure word ("vehicle") with nothing to narrow it is too weak a reading
        return bool(reading.periods or reading.market) and _has_facts(kb, (), reading.measure, reading.periods, markets)
    if not subjects:
        return True
    return all(_has_facts(kb, (subject,), reading.measure, reading.periods, markets) for subject in subjects) or any(
        kb.entities[subject].is_group for subject in subjects
    )


# --- statements and follow-ups ---------------------------------------------------------------
def _statement_reading(parsed: Parsed, kb: KnowledgeBase) -> Reading | None:
    matches = [
        match
        for match in best_statements(parsed, kb, limit=4)
        if _covers_entities(match.index, parsed, kb) and _covers_periods(match.index, parsed, kb)
    ]
    if not matches or matches[0].score < STATEMENT_THRESHOLD or names_only(matches[0], kb):
        return None
    best = matches[0]
    confidence = round(best.score - CORRECTION_PENALTY * len(parsed.corrections), 2)
    if confidence < STATEMENT_THRESHOLD:
        return None
    words = ", ".join(best.matched)
    return Reading("statement", statement=best.index, rule=f"statement words: {words}", confidence=confidence)


def _covers_entities(index: int, parsed: Parsed, kb: KnowledgeBase) -> bool:
    """A statement answers only about what it is about: "Honda's share" is not "Japanese cars' share"."""
    about = set(kb.knowledge.statements[index].about)
    for entity in list(about):
        record = kb.entities[entity]
        about.update(record.members)
        about.update(record.planned_members)
    return all(entity in about for entity in parsed.entities)


def _covers_periods(index: int, parsed: Parsed, kb: KnowledgeBase) -> bool:
    """A question about a year ("in 2020") is not answered by a statement that never names it."""
    words = kb.statement_words[index]
    named = [*parsed.unknown_periods, *(word for word in parsed.words if word.isdigit() and len(word) == 4)]
    return all(word in words for word in named if word.isdigit())


def _follow_up(reading: Reading, parsed: Parsed, previous: Reading, kb: KnowledgeBase) -> Reading:
    """Fill what this turn leaves out from the previous one ("And Nissan's?", "their total sales").

    Returns `reading` itself when nothing is borrowed, so the caller can tell.
    """
    refers_back = parsed.has_pronoun or parsed.follow_up_opener
    if reading.measure is None and previous.measure is not None:
        says_something = reading.subjects or parsed.periods or parsed.cues or parsed.unknown_periods or reading.market
        if not says_something or reading.intent in GROUP_INTENTS:
            return reading
        subjects = reading.subjects or previous.subjects
        if parsed.has_pronoun and reading.subjects and previous.subjects:
            subjects = tuple(dict.fromkeys((*previous.subjects, *reading.subjects)))  # "more than that of Nissan"
        if len(subjects) < 2 and not reading.subjects and _wants_several(parsed) and len(previous.recent) > 1:
            subjects = _recent_for(parsed, previous.recent)  # "Honda?" ... "And Nissan?" ... "combined?"
        intent = _follow_up_intent(parsed, subjects, previous, kb)
        inherited_periods = () if intent == "change" else previous.periods  # "how has it changed?" asks for all
        return replace(
            previous,
            intent=intent,
            subjects=subjects,
            periods=parsed.periods or inherited_periods,
            market=reading.market or previous.market,
            values=(),
            unknown_periods=parsed.unknown_periods,
            rule="follow-up: slots from the previous question",
            confidence=min(previous.confidence, reading.confidence),
        )
    several = _wants_several(parsed) and len(previous.recent) > 1
    if reading.measure is not None and not reading.subjects and (refers_back or several) and previous.subjects:
        subjects = _recent_for(parsed, previous.recent) if several else previous.subjects
        intent, cue = _intent(parsed, subjects, reading.measure, kb)
        rule = (f"cue '{cue}'" if cue else reading.rule) + "; subjects from the previous questions"
        periods = reading.periods or (previous.periods if reading.measure == previous.measure else ())
        return replace(reading, subjects=subjects, periods=periods, intent=intent, cue=cue, rule=rule)
    return reading


def _wants_several(parsed: Parsed) -> bool:
    return any(
        intent in (*PAIR_INTENTS, "sum", "average", "rank", "extreme_max", "extreme_min") for intent, _ in parsed.cues
    )


def _recent_for(parsed: Parsed, recent: tuple[str, ...]) -> tuple[str, ...]:
    """A comparison of two takes the last two asked about; a total or ranking takes them all."""
    if any(intent in PAIR_INTENTS for intent, _ in parsed.cues):
        return recent[-2:]
    return recent


def _follow_up_intent(parsed: Parsed, subjects: tuple[str, ...], previous: Reading, kb: KnowledgeBase) -> str:
    """This turn's own cue if it has one, else the previous operation if it still fits the subjects."""
    groups = [subject for subject in subjects if kb.entities[subject].is_group]
    if parsed.cues:
        return _intent(parsed, subjects, previous.measure, kb)[0]
    if previous.intent in ("reverse_lookup", "statement") or not _feasible(
        previous.intent, parsed, subjects, groups, previous.measure
    ):
        return "lookup"
    return previous.intent
