"""Sample questions and completions come from the knowledge, and the engine answers every sample."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.knowledge.index import KnowledgeBase
from factbot.results import Status
from factbot.suggestions import (
    SAMPLE_COUNT,
    SampleQuestion,
    Suggestions,
    answered_examples,
    build_suggestions,
    complete,
    fillings,
    pick_samples,
    vocabulary,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.from_folder(ROOT / "knowledge")


@pytest.fixture(scope="module")
def built(shipped: Engine) -> Suggestions:
    return build_suggestions(shipped)


def template_pattern(template: str) -> re.Pattern[str]:
    """A lexicon example as a regex: each placeholder stands for some name."""
    parts = re.split(r"\{\w+\}", template)
    return re.compile("(.+)".join(re.escape(part) for part in parts).replace(r"'s", "'s?"))


def test_should_offer_a_handful_of_samples_that_the_engine_answers(shipped: Engine, built: Suggestions) -> None:
    assert 1 <= len(built.samples) <= SAMPLE_COUNT
    assert len(set(built.samples)) == len(built.samples)
    for sample in built.samples:
        answer = shipped.ask(sample)
        assert answer.status is Status.ANSWERED, sample
        assert answer.citations, sample


def test_should_fill_every_sample_from_a_lexicon_example(shipped: Engine, built: Suggestions) -> None:
    examples = [example for intent in shipped.kb.lexicon.intents for example in intent.examples]
    patterns = [template_pattern(example) for example in examples]
    for question in built.questions:
        assert "{" not in question and "}" not in question
        assert any(pattern.fullmatch(question) for pattern in patterns), question


def test_should_keep_only_fillings_answered_with_the_intent_they_illustrate(shipped: Engine) -> None:
    for sample in answered_examples(shipped):
        assert shipped.ask(sample.text).intent == sample.intent


def test_should_pick_the_same_samples_every_time(shipped: Engine, built: Suggestions) -> None:
    assert build_suggestions(shipped) == built


def test_should_spread_samples_over_different_intents(shipped: Engine, built: Suggestions) -> None:
    by_text = {sample.text: sample.intent for sample in answered_examples(shipped)}
    intents = [by_text[sample] for sample in built.samples]
    assert len(set(intents)) == len(intents)


def test_should_offer_no_samples_when_the_lexicon_has_no_examples(shipped: Engine) -> None:
    knowledge = shipped.kb.knowledge
    bare = replace(
        knowledge.lexicon, intents=tuple(replace(intent, examples=()) for intent in knowledge.lexicon.intents)
    )
    engine = Engine(KnowledgeBase(replace(knowledge, lexicon=bare)))
    suggestions = build_suggestions(engine)
    assert suggestions.samples == ()
    assert suggestions.questions == ()
    assert suggestions.phrases, "names still complete without examples"


def test_should_build_samples_for_another_source_without_code_changes(second_source: Path) -> None:
    coffee = Engine.from_folder(second_source)
    suggestions = build_suggestions(coffee)
    assert suggestions.samples
    for sample in suggestions.samples:
        assert coffee.ask(sample).status is Status.ANSWERED
    names = {entity.name for entity in coffee.kb.entities.values()}
    assert names <= set(suggestions.phrases)


def test_should_only_put_names_with_facts_into_measure_examples(shipped: Engine) -> None:
    kb = shipped.kb
    template = "How many more {measure} did {subject} have than {other}?"
    measure_names = {kb.measures[measure].name: measure for measure in kb.facts_by_measure}
    for filled in fillings(kb, template):
        measure = next(name for name in filled.names if name in measure_names)
        subjects = {fact.subject for fact in kb.facts_by_measure[measure_names[measure]]}
        subject_names = {kb.entities[subject].name for subject in subjects}
        assert set(filled.names) - {measure} <= subject_names


def test_should_skip_examples_with_unknown_placeholders(shipped: Engine) -> None:
    assert list(fillings(shipped.kb, "What did {nobody} say?")) == []
    assert list(fillings(shipped.kb, "A question with no placeholder?")) == []


def test_should_list_entity_and_measure_names_for_completion(shipped: Engine) -> None:
    phrases = vocabulary(shipped.kb)
    for entity in shipped.kb.entities.values():
        assert entity.name in phrases
    for measure in shipped.kb.measures.values():
        assert measure.name in phrases
    assert len(set(phrases)) == len(phrases)


def test_should_pick_evenly_spread_samples() -> None:
    answered = [SampleQuestion(f"q{number}", f"intent{number}") for number in range(12)]
    assert pick_samples(answered, 4) == ("q0", "q3", "q6", "q9")
    assert pick_samples(answered, 0) == ()
    assert pick_samples(answered[:2], 6) == ("q0", "q1")
    repeated = [SampleQuestion("a", "same"), SampleQuestion("b", "same")]
    assert pick_samples(repeated, 6) == ("a",)


QUESTIONS = ("Who is in the Honda-Nissan Alliance?", "Who had the most vehicle sales?")
PHRASES = ("Honda", "Nissan", "the Honda-Nissan Alliance", "vehicle sales")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("How many EVs did Ni", "How many EVs did Nissan"),
        ("how many evs did nis", "how many evs did Nissan"),
        ("Who is in", "Who is in the Honda-Nissan Alliance?"),
        ("who had", "Who had the most vehicle sales?"),
        ("Total ve", "Total vehicle sales"),
        ("sales of the Honda-N", "sales of the Honda-Nissan Alliance"),
        ("Nissan", None),
        ("Nissan ", None),
        ("x", None),
        ("", None),
        ("   ", None),
        ("[bold]N", None),
    ],
)
def test_should_complete_what_is_typed(typed: str, expected: str | None) -> None:
    completion = complete(typed, QUESTIONS, PHRASES)
    assert completion == expected
    if completion is not None:
        assert completion.casefold().startswith(typed.casefold())
        assert len(completion) > len(typed)


def test_should_complete_from_the_built_suggestions(built: Suggestions) -> None:
    assert built.complete("How many EVs did Nis") == "How many EVs did Nissan"
