"""How much of a curator's work `factbot draft` does, and how much of the draft is right.

    python benchmarks/draft_capture.py [FOLDER ...]     # default: knowledge/ and every examples/*/

For every source of each folder, the curated facts are the truth. A fact is *captured* when the
draft of the same text has a candidate fact in the same sentence with the same value, and a
verbatim quote holding it. Of the captured facts, the subject guess is right when the draft's
entity shares a name with the curated subject, and the period guess is right when both name the
same span (or both name none); a period guessed where the curator gives another (or none) is
*wrong*, which costs the curator more than an empty one. The value is *as written* when the
draft copies the curated value's words (its unit symbol and qualifier included).

The second table is the draft's precision, guess by guess: an entity is right when one of its
aliases names a curated entity; a measure is right when its name is a name or alias of the curated
measure of one of its facts; a fact is right when it is captured with the right subject, period
and measure, and its value as written. A draft is worth more with fewer, right guesses.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from factbot.curation.draft import Draft, DraftFact, draft_source
from factbot.knowledge.figures import figures_in
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.model import Fact, Knowledge
from factbot.knowledge.period_keys import PeriodKey
from factbot.knowledge.periods import read_period

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Score:
    source: str
    figures: int
    captured: int
    subject_right: int
    period_right: int
    period_wrong: int = 0
    as_written: int = 0
    entities: int = 0
    entities_right: int = 0
    measures: int = 0
    measures_right: int = 0
    facts: int = 0
    facts_right: int = 0


def _value_of(fact: DraftFact) -> object:
    found = figures_in(fact.written, builtin_lexicon())
    return abs(found[0].value) if found else None


def _names(knowledge: Knowledge, entity_id: str) -> set[str]:
    entity = knowledge.entities.get(entity_id)
    return {alias.casefold() for alias in entity.aliases} | {entity.name.casefold()} if entity else set()


def _measure_names(knowledge: Knowledge, measure_id: str) -> set[str]:
    measure = knowledge.measures[measure_id]
    return {alias.casefold() for alias in measure.aliases} | {measure.name.casefold()}


def _draft_period_key(draft: Draft, period_id: str) -> PeriodKey | None:
    lexicon = builtin_lexicon()
    for period in draft.periods:
        if period.id == period_id and not period.relative_to:
            return read_period(period.alias, lexicon.calendar)
    return None


def _match(fact: Fact, draft: Draft) -> DraftFact | None:
    for candidate in draft.facts:
        if candidate.sentence == fact.evidence.sentence and _value_of(candidate) == abs(fact.value):
            return candidate
    return None


def _written(text: str) -> str:
    return " ".join(text.casefold().lstrip("+-\u2212").split())


def score_source(knowledge: Knowledge, source_id: str) -> Score:
    source = knowledge.sources[source_id]
    draft = draft_source(source_id, source.title, source.path, source.text, builtin_lexicon())
    entity_names = {entity.id: {alias.casefold() for alias in entity.aliases} for entity in draft.entities}
    measure_names = {measure.id: measure.name.casefold() for measure in draft.measures}
    curated_names = set().union(*(_names(knowledge, entity) for entity in knowledge.entities))
    facts = [fact for fact in knowledge.facts if fact.evidence.source == source_id]
    captured = subject_right = period_right = period_wrong = as_written = facts_right = 0
    measures_right: set[str] = set()
    for fact in facts:
        candidate = _match(fact, draft)
        if candidate is None:
            continue
        captured += 1
        subject = bool(entity_names.get(candidate.subject, set()) & _names(knowledge, fact.subject))
        truth = knowledge.periods[fact.period].key if fact.period else None
        guess = _draft_period_key(draft, candidate.period) if candidate.period else None
        measure = measure_names.get(candidate.measure, "") in _measure_names(knowledge, fact.measure)
        written = _written(candidate.written) == _written(fact.value_text)
        subject_right += subject
        period_right += truth == guess
        period_wrong += guess is not None and truth != guess
        as_written += written
        if measure:
            measures_right.add(candidate.measure)
        facts_right += subject and truth == guess and measure and written
    return Score(
        source_id,
        len(facts),
        captured,
        subject_right,
        period_right,
        period_wrong,
        as_written,
        len(draft.entities),
        sum(bool(names & curated_names) for names in entity_names.values()),
        len(draft.measures),
        len(measures_right),
        len(draft.facts),
        facts_right,
    )


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _total(scores: list[Score]) -> Score:
    sums = [sum(getattr(item, name) for item in scores) for name in Score.__dataclass_fields__ if name != "source"]
    return Score("all", *sums)


def _print_capture(scores: list[Score]) -> None:
    print(
        f"{'source':<22} {'figures':>7} {'captured':>9} {'share':>6} {'subject ok':>11} {'period ok':>10} "
        f"{'period wrong':>13} {'as written':>11}"
    )
    for item in scores:
        print(
            f"{item.source:<22} {item.figures:>7} {item.captured:>9} {_share(item.captured, item.figures):>6} "
            f"{_share(item.subject_right, item.captured):>11} {_share(item.period_right, item.captured):>10} "
            f"{_share(item.period_wrong, item.captured):>13} {_share(item.as_written, item.captured):>11}"
        )


def _print_precision(scores: list[Score]) -> None:
    print(f"\n{'source':<22} {'entities':>9} {'right':>6} {'measures':>9} {'right':>6} {'facts':>6} {'right':>6}")
    for item in scores:
        print(
            f"{item.source:<22} {item.entities:>9} {item.entities_right:>6} {item.measures:>9} "
            f"{item.measures_right:>6} {item.facts:>6} {item.facts_right:>6}"
        )


def main(folders: list[Path]) -> int:
    scores = []
    for folder in folders:
        knowledge = load_knowledge(folder)
        scores += [score_source(knowledge, source_id) for source_id in sorted(knowledge.sources)]
    scores.append(_total(scores))
    _print_capture(scores)
    _print_precision(scores)
    return 0


if __name__ == "__main__":
    arguments = [Path(argument) for argument in sys.argv[1:]]
    examples = sorted(path for path in (ROOT / "examples").glob("*") if path.is_dir())
    sys.exit(main(arguments or [ROOT / "knowledge", *examples]))
