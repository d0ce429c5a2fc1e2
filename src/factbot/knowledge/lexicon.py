"""Loading `lexicon.yaml`: the generic English of questions (cues, stopwords, abbreviations).

Kept apart from the article loader because it is shared by every source and has
its own shape; see docs/knowledge.md for the format.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from factbot.knowledge.model import IntentSpec, Lexicon
from factbot.knowledge.schema import MAPPING, TEXT_LIST, Field, check_fields
from factbot.knowledge.yamlfile import KnowledgeProblem, Mapping

OPERATIONS = (
    "difference",
    "ratio",
    "compare",
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
)
"""The question shapes the engine can answer; the lexicon gives each one its cues."""

LEXICON_FIELDS = {
    "abbreviations": Field(MAPPING),
    "case_sensitive_abbreviations": Field(MAPPING),
    "number_words": Field(MAPPING),
    "scale_words": Field(MAPPING),
    "stopwords": Field(TEXT_LIST, required=True),
    "fillers": Field(TEXT_LIST),
    "question_kinds": Field(MAPPING),
    "yes_no_openers": Field(TEXT_LIST),
    "pronouns": Field(TEXT_LIST),
    "follow_up_openers": Field(TEXT_LIST),
    "places": Field(TEXT_LIST),
    "group_words": Field(TEXT_LIST),
    "period_qualifiers": Field(TEXT_LIST),
    "other_quantities": Field(TEXT_LIST),
    "claim_words": Field(MAPPING),
    "intents": Field(MAPPING, required=True),
}
INTENT_FIELDS = {"cues": Field(TEXT_LIST, required=True), "examples": Field(TEXT_LIST)}


def parse_lexicon(data: Any, problems: list[KnowledgeProblem]) -> Lexicon | None:
    """Build the Lexicon, appending any problem found; None when unusable."""
    if not check_fields(data, LEXICON_FIELDS, "the lexicon", problems):
        return None
    intents = _parse_intents(data["intents"], problems)
    scale_words = _text_map(data, "scale_words", problems)
    scales: dict[str, Decimal] = {}
    for word, value in scale_words.items():
        try:
            scales[word.casefold()] = Decimal(value)
        except ArithmeticError:
            problems.append(KnowledgeProblem(data.path, data.line_of("scale_words"), f"scale {word!r} is not a number"))
    return Lexicon(
        abbreviations=_text_map(data, "abbreviations", problems),
        case_sensitive_abbreviations=_text_map(data, "case_sensitive_abbreviations", problems),
        number_words=_text_map(data, "number_words", problems),
        stopwords=frozenset(word.casefold() for word in data["stopwords"]),
        fillers=frozenset(word.casefold() for word in data.get("fillers", ())),
        question_kinds=_text_map(data, "question_kinds", problems),
        yes_no_openers=frozenset(word.casefold() for word in data.get("yes_no_openers", ())),
        pronouns=frozenset(word.casefold() for word in data.get("pronouns", ())),
        follow_up_openers=tuple(data.get("follow_up_openers", ())),
        places=frozenset(word.casefold() for word in data.get("places", ())),
        group_words=frozenset(word.casefold() for word in data.get("group_words", ())),
        period_qualifiers=frozenset(word.casefold() for word in data.get("period_qualifiers", ())),
        claim_words=_claim_words(data, problems),
        other_quantities=frozenset(word.casefold() for word in data.get("other_quantities", ())),
        scale_words=scales,
        intents=intents,
    )


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


CLAIM_WORD_KINDS = ("hedges", "more_than", "less_than", "higher", "lower")


def _claim_words(data: Mapping, problems: list[KnowledgeProblem]) -> dict[str, tuple[str, ...]]:
    """Words that qualify a claimed figure ("about", "more than") or a comparison ("more", "fewer")."""
    section = data.get("claim_words")
    if section is None:
        return {kind: () for kind in CLAIM_WORD_KINDS}
    fields = {kind: Field(TEXT_LIST) for kind in CLAIM_WORD_KINDS}
    if not check_fields(section, fields, "claim_words", problems):
        return {kind: () for kind in CLAIM_WORD_KINDS}
    return {kind: tuple(section.get(kind, ())) for kind in CLAIM_WORD_KINDS}
