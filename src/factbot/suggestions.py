"""Sample questions and type-ahead completions, built from the knowledge itself.

The chat offers a few sample questions and completes what the user types. Neither
may be written into the code: a new knowledge folder must bring its own. So the
samples are the lexicon's example questions (`{subject}`, `{other}`, `{measure}`,
`{group}` placeholders) filled with entities and measures that have facts, and a
filled example is only offered after the engine has answered it with the intent
the example illustrates. Completions are entity and measure names plus those
answered questions. Headless on purpose (no textual, no rich): it is unit-tested
without a terminal and could serve any front end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import permutations

from factbot.engine import Engine
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.lexicon import OPERATIONS
from factbot.knowledge.model import Entity
from factbot.results import Status

SAMPLE_COUNT = 6
"""How many sample questions the welcome panel shows; fits an 80x24 terminal."""

ATTEMPTS_PER_EXAMPLE = 12
"""Filled candidates tried per example before giving up on it; keeps start-up fast."""

MIN_COMPLETION_PREFIX = 2
"""Characters of a word typed before a name is offered; one letter matches too much."""

MIN_QUESTION_PREFIX = 3
"""Characters typed before a whole sample question is offered as the completion."""

PLACEHOLDER = re.compile(r"\{(\w+)\}")
KNOWN_PLACEHOLDERS = frozenset({"subject", "other", "measure", "group"})
_DOUBLED_POSSESSIVE = re.compile(r"(?<=s)'s\b")


@dataclass(frozen=True)
class SampleQuestion:
    """A filled example the engine answered, with the intent it illustrates."""

    text: str
    intent: str


@dataclass(frozen=True)
class Suggestions:
    """Everything the chat offers: a few samples to click, and text to complete from."""

    samples: tuple[str, ...]
    questions: tuple[str, ...]
    phrases: tuple[str, ...]

    def complete(self, typed: str) -> str | None:
        """The completion for `typed`, or None; see `complete`."""
        return complete(typed, self.questions, self.phrases)


def build_suggestions(engine: Engine, sample_count: int = SAMPLE_COUNT) -> Suggestions:
    """Ask the engine every candidate sample once and keep what it answers."""
    answered = answered_examples(engine)
    questions = tuple(sample.text for sample in answered)
    return Suggestions(pick_samples(answered, sample_count), questions, vocabulary(engine.kb))


def answered_examples(engine: Engine) -> tuple[SampleQuestion, ...]:
    """One answered filling per lexicon example, in the engine's order of operations.

    Candidates that reuse names already used by an earlier sample are tried last,
    so the samples between them mention many different entities.
    """
    kb = engine.kb
    used_names: set[str] = set()
    seen: set[str] = set()
    answered: list[SampleQuestion] = []
    for intent in sorted(kb.lexicon.intents, key=lambda spec: _operation_order(spec.name)):
        for template in intent.examples:
            ranked = sorted(fillings(kb, template), key=lambda filled: (filled.oddity, _reuse(filled, used_names)))
            candidates = [filled for filled in ranked if filled.text not in seen]
            for filled in candidates[:ATTEMPTS_PER_EXAMPLE]:
                answer = engine.ask(filled.text)
                if answer.status is Status.ANSWERED and answer.intent == intent.name:
                    answered.append(SampleQuestion(filled.text, intent.name))
                    used_names.update(filled.names)
                    seen.add(filled.text)
                    break
    return tuple(answered)


def pick_samples(answered: Sequence[SampleQuestion], count: int) -> tuple[str, ...]:
    """`count` samples spread evenly over the answered ones, one per intent first."""
    first_per_intent: dict[str, SampleQuestion] = {}
    for sample in answered:
        first_per_intent.setdefault(sample.intent, sample)
    pool = list(first_per_intent.values()) or list(answered)
    if count <= 0 or not pool:
        return ()
    chosen = pool if len(pool) <= count else [pool[index * len(pool) // count] for index in range(count)]
    return tuple(sample.text for sample in chosen)


@dataclass(frozen=True)
class Filled:
    """One example with its placeholders replaced, and the names put into it."""

    text: str
    names: tuple[str, ...]
    oddity: int = 0
    """How many reasons there are to expect a strange question; plausible ones go first."""


def fillings(kb: KnowledgeBase, template: str) -> Iterator[Filled]:
    """Every way to fill `template` from facts that exist, most plausible first.

    A measure is only combined with subjects that have facts for it, and a group
    with its own members, so most candidates are questions the knowledge can answer.
    """
    wanted = set(PLACEHOLDER.findall(template))
    if not wanted or not wanted <= KNOWN_PLACEHOLDERS:
        return
    measures: Iterable[str | None] = kb.facts_by_measure if "measure" in wanted else (None,)
    for measure_id in measures:
        for group in _groups(kb, measure_id) if "group" in wanted else (None,):
            subject_count = len(wanted & {"subject", "other"})
            for subjects in permutations(_subjects(kb, measure_id, group), subject_count):
                values = _values(kb, measure_id, group, subjects)
                oddity = _oddity(kb, measure_id, group, subjects)
                yield Filled(_fill(template, values), tuple(values.values()), oddity)


def _groups(kb: KnowledgeBase, measure_id: str | None) -> list[Entity]:
    groups = [entity for entity in kb.entities.values() if entity.is_group]
    if measure_id is None:
        return groups
    return [group for group in groups if (group.id, measure_id) in kb.facts_by_key]


def _subjects(kb: KnowledgeBase, measure_id: str | None, group: Entity | None) -> list[str]:
    """Subjects in the order the knowledge lists their facts (or a group its members)."""
    if group is not None:
        members = list(group.members)
        if measure_id is None:
            return members
        return [member for member in members if (member, measure_id) in kb.facts_by_key]
    if measure_id is None:
        return list(kb.facts_by_subject)
    return list(dict.fromkeys(fact.subject for fact in kb.facts_by_measure[measure_id]))


def _oddity(kb: KnowledgeBase, measure_id: str | None, group: Entity | None, subjects: tuple[str, ...]) -> int:
    """Count what makes a filling read oddly, without asking the engine.

    Comparing subjects whose figures share no period and market, asking how a
    single figure changed, ranking one subject, or setting a group against a
    company all produce questions the engine may answer but a reader would not ask.
    """
    oddity = 0
    if group is None:
        oddity += sum(kb.entities[subject].is_group for subject in subjects)
    if measure_id is None:
        return oddity
    facts = [fact for subject in subjects for fact in kb.facts_by_key.get((subject, measure_id), ())]
    oddity += sum(fact.note is not None for fact in facts)
    if len(subjects) >= 2:
        situations = [
            {(fact.period, fact.market) for fact in kb.facts_by_key.get((subject, measure_id), ())}
            for subject in subjects
        ]
        oddity += not set.intersection(*situations)
    elif len(subjects) == 1 and group is None:
        oddity += len(facts) < 2
    else:
        measured = kb.facts_by_measure[measure_id]
        oddity += len({fact.subject for fact in measured}) < 2
        oddity += len({(fact.period, fact.market) for fact in measured}) > 1
    return oddity


def _values(
    kb: KnowledgeBase, measure_id: str | None, group: Entity | None, subjects: tuple[str, ...]
) -> dict[str, str]:
    values: dict[str, str] = {}
    if measure_id is not None:
        values["measure"] = kb.measures[measure_id].name
    if group is not None:
        values["group"] = group.name
    for key, subject in zip(("subject", "other"), subjects, strict=False):
        values[key] = kb.entities[subject].name
    return values


def _fill(template: str, values: dict[str, str]) -> str:
    text = PLACEHOLDER.sub(lambda match: values[match.group(1)], template)
    return _DOUBLED_POSSESSIVE.sub("'", text)


def _reuse(filled: Filled, used_names: set[str]) -> int:
    return sum(name in used_names for name in filled.names)


def _operation_order(intent: str) -> int:
    return OPERATIONS.index(intent) if intent in OPERATIONS else len(OPERATIONS)


def vocabulary(kb: KnowledgeBase) -> tuple[str, ...]:
    """Entity and measure names, the most talked-about first, then the shorter.

    Completion offers the first name that fits, so "Ni" should become the company
    with many facts rather than a publication mentioned once.
    """
    mentions: dict[str, int] = {}
    for entity in kb.entities.values():
        about = sum(entity.id in statement.about for statement in kb.knowledge.statements)
        mentions[entity.name] = max(mentions.get(entity.name, 0), len(kb.facts_by_subject.get(entity.id, ())) + about)
    for measure in kb.measures.values():
        mentions[measure.name] = max(mentions.get(measure.name, 0), len(kb.facts_by_measure.get(measure.id, ())))
    names = [name for name in mentions if name.strip()]
    return tuple(sorted(names, key=lambda name: (-mentions[name], len(name), name.casefold())))


def complete(typed: str, questions: Sequence[str], phrases: Sequence[str]) -> str | None:
    """Complete `typed` to a whole sample question, else its last words to a name.

    The result is longer than `typed` and equal to it but for letter case (the
    input shows what follows, and accepting it fixes the case); None when there
    is nothing longer to offer.
    """
    if not typed.strip():
        return None
    folded = typed.lower()
    if len(typed.strip()) >= MIN_QUESTION_PREFIX:
        for question in questions:
            if len(question) > len(typed) and question.lower().startswith(folded):
                return question
    for start in _word_starts(typed):
        tail = folded[start:]
        if len(tail) < MIN_COMPLETION_PREFIX:
            continue
        for phrase in phrases:
            if len(phrase) > len(tail) and phrase.lower().startswith(tail):
                return typed[:start] + phrase
    return None


def _word_starts(typed: str) -> list[int]:
    """Where each word begins, earliest first, so the longest matching tail wins."""
    if typed[-1:].isspace():
        return []
    return [match.start() for match in re.finditer(r"(?<!\S)\S", typed)]
