"""The lexicon: general English of questions, numbers and dates, built into factbot.

`english.yaml` ships inside the package and is all a knowledge folder needs. A folder
may extend it with its own `lexicon.yaml`, and a source file with a `lexicon:` section
(domain words such as "EV" belong to the source that needs them). Extensions add words,
never replace them: a word an extension maps differently from the built-in lexicon is a
problem reported at its line, so no folder can silently change how another reads.
"""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from factbot.knowledge.model import IntentSpec, Lexicon
from factbot.knowledge.numbers import unusable_number
from factbot.knowledge.schema import MAPPING, TEXT_LIST, Field, check_fields
from factbot.knowledge.yamlfile import KnowledgeError, KnowledgeProblem, Mapping, load_yaml

BUILTIN_FILE = "english.yaml"
OPERATIONS = (
    "difference",
    "ratio",
    "compare",
    "equal",
    "sum",
    "share",
    "rank",
    "extreme_max",
    "extreme_min",
    "average",
    "change",
    "members",
    "count_members",
    "about",
    "describe",
    "elapsed",
)
"""The question shapes the engine can answer; the lexicon gives each one its cues."""

LEXICON_FIELDS = {
    "abbreviations": Field(MAPPING),
    "case_sensitive_abbreviations": Field(MAPPING),
    "word_forms": Field(MAPPING),
    "phrasal_verbs": Field(MAPPING),
    "request_openers": Field(TEXT_LIST),
    "question_tags": Field(TEXT_LIST),
    "attribution_words": Field(TEXT_LIST),
    "reporting_verbs": Field(TEXT_LIST),
    "number_words": Field(MAPPING),
    "scale_words": Field(MAPPING),
    "currencies": Field(MAPPING),
    "statement_kinds": Field(MAPPING),
    "exclusion_words": Field(TEXT_LIST),
    "exclusion_frames": Field(TEXT_LIST),
    "topic_openers": Field(TEXT_LIST),
    "filler_phrases": Field(TEXT_LIST),
    "multiplication_signs": Field(TEXT_LIST),
    "epithets": Field(TEXT_LIST),
    "money_words": Field(TEXT_LIST),
    "sum_openers": Field(TEXT_LIST),
    "precision_phrases": Field(TEXT_LIST),
    "precision_openers": Field(TEXT_LIST),
    "period_words": Field(TEXT_LIST),
    "quantity_openers": Field(TEXT_LIST),
    "basis_words": Field(MAPPING),
    "fraction_words": Field(MAPPING),
    "unit_sizes": Field(MAPPING),
    "list_words": Field(TEXT_LIST),
    "future_openers": Field(TEXT_LIST),
    "conditional_words": Field(TEXT_LIST),
    "modal_words": Field(TEXT_LIST),
    "opinion_phrases": Field(TEXT_LIST),
    "multiplier_words": Field(MAPPING),
    "light_words": Field(TEXT_LIST),
    "rest_words": Field(TEXT_LIST),
    "rest_pronouns": Field(TEXT_LIST),
    "count_openers": Field(TEXT_LIST),
    "negation_words": Field(TEXT_LIST),
    "denying_words": Field(MAPPING),
    "percent_words": Field(TEXT_LIST),
    "point_words": Field(TEXT_LIST),
    "rate_words": Field(TEXT_LIST),
    "up_words": Field(TEXT_LIST),
    "down_words": Field(TEXT_LIST),
    "calendar": Field(MAPPING),
    "stopwords": Field(TEXT_LIST),
    "fillers": Field(TEXT_LIST),
    "question_kinds": Field(MAPPING),
    "yes_no_openers": Field(TEXT_LIST),
    "pronouns": Field(TEXT_LIST),
    "singular_pronouns": Field(TEXT_LIST),
    "place_pronouns": Field(TEXT_LIST),
    "existence_words": Field(TEXT_LIST),
    "follow_up_openers": Field(TEXT_LIST),
    "continuation_words": Field(TEXT_LIST),
    "contrast_words": Field(TEXT_LIST),
    "clause_openers": Field(TEXT_LIST),
    "sequel_cues": Field(TEXT_LIST),
    "group_words": Field(TEXT_LIST),
    "period_qualifiers": Field(TEXT_LIST),
    "final_words": Field(TEXT_LIST),
    "relative_openers": Field(TEXT_LIST),
    "claim_words": Field(MAPPING),
    "intents": Field(MAPPING),
}
INTENT_FIELDS = {"cues": Field(TEXT_LIST, required=True), "examples": Field(TEXT_LIST)}
CALENDAR_LISTS = (
    "fiscal_words",
    "quarter_words",
    "half_words",
    "earlier_words",
    "later_words",
    "previous_words",
    "next_words",
    "span_openers",
    "span_joiners",
    "age_words",
    "since_words",
    "bound_words",
    "state_words",
    "age_questions",
    "age_nouns",
)
CALENDAR_FIELDS = {"months": Field(MAPPING), **{name: Field(TEXT_LIST) for name in CALENDAR_LISTS}}
CLAIM_WORD_KINDS = (
    "hedges",
    "more_than",
    "less_than",
    "inclusive",
    "higher",
    "lower",
    "faster",
    "slower",
    "record",
    "record_low",
)


@cache
def builtin_lexicon() -> Lexicon:
    """The English lexicon shipped with factbot (parsed once per process)."""
    path = Path(str(resources.files("factbot.knowledge").joinpath(BUILTIN_FILE)))
    problems: list[KnowledgeProblem] = []
    lexicon = parse_lexicon(load_yaml(path, BUILTIN_FILE), problems)
    if lexicon is None or problems:  # pragma: no cover - guarded by tests of the shipped file
        raise KnowledgeError(problems)
    return lexicon


def parse_lexicon(data: Any, problems: list[KnowledgeProblem]) -> Lexicon | None:
    """Build a Lexicon from one YAML mapping, appending any problem found; None when unusable."""
    if not check_fields(data, LEXICON_FIELDS, "the lexicon", problems):
        return None
    calendar = data.get("calendar") or Mapping(data.path, data.line)
    if not check_fields(calendar, CALENDAR_FIELDS, "calendar", problems):
        calendar = Mapping(data.path, data.line)
    return Lexicon(
        abbreviations=_text_map(data, "abbreviations", problems),
        case_sensitive_abbreviations=_text_map(data, "case_sensitive_abbreviations", problems),
        word_forms=_text_map(data, "word_forms", problems),
        phrasal_verbs=_text_map(data, "phrasal_verbs", problems),
        continuation_words=tuple(data.get("continuation_words", ())),
        contrast_words=tuple(data.get("contrast_words", ())),
        clause_openers=tuple(data.get("clause_openers", ())),
        singular_pronouns=tuple(data.get("singular_pronouns", ())),
        sequel_cues=tuple(data.get("sequel_cues", ())),
        request_openers=tuple(data.get("request_openers", ())),
        question_tags=tuple(data.get("question_tags", ())),
        attribution_words=tuple(data.get("attribution_words", ())),
        reporting_verbs=tuple(data.get("reporting_verbs", ())),
        number_words=_text_map(data, "number_words", problems),
        stopwords=_words(data, "stopwords"),
        fillers=_words(data, "fillers"),
        question_kinds=_text_map(data, "question_kinds", problems),
        yes_no_openers=_words(data, "yes_no_openers"),
        pronouns=_words(data, "pronouns"),
        place_pronouns=_words(data, "place_pronouns"),
        existence_words=_words(data, "existence_words"),
        follow_up_openers=tuple(data.get("follow_up_openers", ())),
        group_words=_words(data, "group_words"),
        period_qualifiers=_words(data, "period_qualifiers"),
        final_words=_words(data, "final_words"),
        relative_openers=_words(data, "relative_openers"),
        claim_words=_claim_words(data, problems),
        scale_words=_scale_words(data, problems),
        intents=_parse_intents(data.get("intents") or Mapping(data.path, data.line), problems),
        currencies=_text_map(data, "currencies", problems),
        statement_kinds=_word_lists(data, "statement_kinds", problems),
        exclusion_words=tuple(data.get("exclusion_words", ())),
        exclusion_frames=tuple(data.get("exclusion_frames", ())),
        topic_openers=tuple(data.get("topic_openers", ())),
        filler_phrases=tuple(data.get("filler_phrases", ())),
        multiplication_signs=tuple(data.get("multiplication_signs", ())),
        epithets=tuple(data.get("epithets", ())),
        money_words=tuple(data.get("money_words", ())),
        sum_openers=tuple(data.get("sum_openers", ())),
        precision_phrases=tuple(data.get("precision_phrases", ())),
        precision_openers=tuple(data.get("precision_openers", ())),
        period_words=tuple(data.get("period_words", ())),
        quantity_openers=tuple(data.get("quantity_openers", ())),
        basis_words=_word_lists(data, "basis_words", problems),
        fraction_words=_text_map(data, "fraction_words", problems),
        unit_sizes=_text_map(data, "unit_sizes", problems),
        list_words=tuple(data.get("list_words", ())),
        future_openers=tuple(data.get("future_openers", ())),
        conditional_words=tuple(data.get("conditional_words", ())),
        modal_words=tuple(data.get("modal_words", ())),
        opinion_phrases=tuple(data.get("opinion_phrases", ())),
        multiplier_words=_text_map(data, "multiplier_words", problems),
        light_words=tuple(data.get("light_words", ())),
        rest_words=tuple(data.get("rest_words", ())),
        rest_pronouns=tuple(data.get("rest_pronouns", ())),
        count_openers=tuple(data.get("count_openers", ())),
        negation_words=tuple(data.get("negation_words", ())),
        denying_words=_word_lists(data, "denying_words", problems),
        percent_words=tuple(data.get("percent_words", ())),
        point_words=tuple(data.get("point_words", ())),
        rate_words=tuple(data.get("rate_words", ())),
        up_words=_words(data, "up_words"),
        down_words=_words(data, "down_words"),
        calendar_words={name: tuple(calendar.get(name, ())) for name in CALENDAR_LISTS if name in calendar},
        months=_months(calendar, problems),
    )


def extended(base: Lexicon, extension: Lexicon, where: str, problems: list[KnowledgeProblem]) -> Lexicon:
    """`base` with the words of `extension` added; a word mapped differently is reported, not replaced."""
    changes: dict[str, Any] = {}
    for spec in fields(Lexicon):
        old, new = getattr(base, spec.name), getattr(extension, spec.name)
        if spec.name == "intents":
            changes[spec.name] = _merged_intents(old, new)
        elif isinstance(old, frozenset):
            changes[spec.name] = old | new
        elif isinstance(old, tuple):
            changes[spec.name] = old + tuple(item for item in new if item not in old)
        elif isinstance(old, dict):
            changes[spec.name] = _merged_map(old, new, spec.name, where, problems)
    return replace(base, **changes)


def _merged_map(
    old: dict[str, Any], new: dict[str, Any], name: str, where: str, problems: list[KnowledgeProblem]
) -> dict[str, Any]:
    merged = dict(old)
    for key, value in new.items():
        if key not in merged:
            merged[key] = value
        elif isinstance(value, tuple):
            merged[key] = merged[key] + tuple(item for item in value if item not in merged[key])
        elif merged[key] != value:
            path, _, line = where.rpartition(":")
            problems.append(
                KnowledgeProblem(
                    path or where,
                    int(line) if line.isdigit() else 1,
                    f"{name}: {key!r} is already {merged[key]!r} in the lexicon; an extension adds words, "
                    "it cannot change one",
                )
            )
    return merged


def _merged_intents(old: tuple[IntentSpec, ...], new: tuple[IntentSpec, ...]) -> tuple[IntentSpec, ...]:
    by_name = {intent.name: intent for intent in old}
    for intent in new:
        known = by_name.get(intent.name)
        if known is None:
            by_name[intent.name] = intent
            continue
        cues = known.cues + tuple(cue for cue in intent.cues if cue not in known.cues)
        examples = known.examples + tuple(example for example in intent.examples if example not in known.examples)
        by_name[intent.name] = replace(known, cues=cues, examples=examples)
    return tuple(sorted(by_name.values(), key=lambda intent: intent.name))


def _words(data: Mapping, key: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in data.get(key, ()))


def _text_map(data: Mapping, key: str, problems: list[KnowledgeProblem]) -> dict[str, str]:
    mapping = data.get(key)
    if mapping is None:
        return {}
    result = {}
    for word, value in mapping.items():
        if isinstance(value, bool) or value is None or isinstance(value, (Mapping, list)):
            problems.append(KnowledgeProblem(data.path, mapping.line_of(word), f"{key}: {word!r} needs a text value"))
            continue
        result[str(word)] = str(value)
    return result


def _word_lists(data: Mapping, key: str, problems: list[KnowledgeProblem]) -> dict[str, tuple[str, ...]]:
    section = data.get(key)
    if section is None:
        return {}
    if not check_fields(section, {name: Field(TEXT_LIST) for name in section}, key, problems):
        return {}
    return {name: tuple(words) for name, words in section.items()}


def _scale_words(data: Mapping, problems: list[KnowledgeProblem]) -> dict[str, Decimal]:
    scales: dict[str, Decimal] = {}
    for word, value in _text_map(data, "scale_words", problems).items():
        try:
            scale = Decimal(value)
        except (ArithmeticError, InvalidOperation):
            scale = Decimal("NaN")
        problem = unusable_number(scale) or (None if scale > 0 else "is not more than zero")
        if problem:  # a huge scale overflows Decimal as soon as a figure is multiplied by it
            line = data["scale_words"].line_of(word)
            problems.append(KnowledgeProblem(data.path, line, f"scale {word!r}: {value} {problem}"))
            continue
        scales[word.casefold()] = scale
    return scales


def _months(calendar: Mapping, problems: list[KnowledgeProblem]) -> dict[str, int]:
    months: dict[str, int] = {}
    for word, value in _text_map(calendar, "months", problems).items():
        if value.isdigit() and 1 <= int(value) <= 12:
            months[word.casefold()] = int(value)
        else:
            problems.append(
                KnowledgeProblem(calendar.path, calendar.line_of("months"), f"month {word!r} must be 1 to 12")
            )
    return months


def _parse_intents(data: Mapping, problems: list[KnowledgeProblem]) -> tuple[IntentSpec, ...]:
    intents = []
    for name, spec in data.items():
        if name not in OPERATIONS:
            problems.append(
                KnowledgeProblem(
                    data.path,
                    data.line_of(name),
                    f"unknown intent {name!r}; the engine answers: {', '.join(OPERATIONS)}",
                )
            )
            continue
        if not check_fields(spec, INTENT_FIELDS, f"intent {name!r}", problems):
            continue
        cues, examples = tuple(spec["cues"]), tuple(spec.get("examples", ()))
        intents.append(IntentSpec(name, cues, examples, spec.line_of("cues")))
    return tuple(sorted(intents, key=lambda intent: intent.name))


def _claim_words(data: Mapping, problems: list[KnowledgeProblem]) -> dict[str, tuple[str, ...]]:
    """Words that qualify a figure ("about", "more than") or a comparison ("more", "fewer")."""
    section = data.get("claim_words")
    if section is None:
        return {}
    kinds = {kind: Field(TEXT_LIST) for kind in CLAIM_WORD_KINDS}
    if not check_fields(section, kinds, "claim_words", problems):
        return {}
    return {kind: tuple(section[kind]) for kind in CLAIM_WORD_KINDS if kind in section}
