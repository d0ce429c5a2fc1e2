"""How much of a curator's work `factbot draft` does: figures captured, subjects and periods guessed.

    python benchmarks/draft_capture.py [FOLDER ...]     # default: knowledge/ and every examples/*/

For every source of each folder, the curated facts are the truth. A fact is *captured* when the
draft of the same text has a candidate fact in the same sentence with the same value, and a
verbatim quote holding it. Of the captured facts, the subject guess is right when the draft's
entity shares a name with the curated subject, and the period guess is right when both name the
same span (or both name none).
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
from factbot.knowledge.periods import PeriodKey, read_period

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Score:
    source: str
    figures: int
    captured: int
    subject_right: int
    period_right: int


def _value_of(fact: DraftFact) -> object:
    found = figures_in(fact.written, builtin_lexicon())
    return abs(found[0].value) if found else None


def _names(knowledge: Knowledge, entity_id: str) -> set[str]:
    entity = knowledge.entities.get(entity_id)
    return {alias.casefold() for alias in entity.aliases} | {entity.name.casefold()} if entity else set()


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


def score_source(knowledge: Knowledge, source_id: str) -> Score:
    source = knowledge.sources[source_id]
    draft = draft_source(source_id, source.title, source.path, source.text, builtin_lexicon())
    entity_names = {entity.id: {alias.casefold() for alias in entity.aliases} for entity in draft.entities}
    facts = [fact for fact in knowledge.facts if fact.evidence.source == source_id]
    captured = subject_right = period_right = 0
    for fact in facts:
        candidate = _match(fact, draft)
        if candidate is None:
            continue
        captured += 1
        subject_right += bool(entity_names.get(candidate.subject, set()) & _names(knowledge, fact.subject))
        truth = knowledge.periods[fact.period].key if fact.period else None
        guess = _draft_period_key(draft, candidate.period) if candidate.period else None
        period_right += truth == guess
    return Score(source_id, len(facts), captured, subject_right, period_right)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main(folders: list[Path]) -> int:
    scores = []
    for folder in folders:
        knowledge = load_knowledge(folder)
        scores += [score_source(knowledge, source_id) for source_id in sorted(knowledge.sources)]
    print(f"{'source':<22} {'figures':>7} {'captured':>9} {'share':>6} {'subject ok':>11} {'period ok':>10}")
    for item in scores:
        print(
            f"{item.source:<22} {item.figures:>7} {item.captured:>9} {_share(item.captured, item.figures):>6} "
            f"{_share(item.subject_right, item.captured):>11} {_share(item.period_right, item.captured):>10}"
        )
    total = Score(
        "all",
        sum(item.figures for item in scores),
        sum(item.captured for item in scores),
        sum(item.subject_right for item in scores),
        sum(item.period_right for item in scores),
    )
    print(
        f"{'all':<22} {total.figures:>7} {total.captured:>9} {_share(total.captured, total.figures):>6} "
        f"{_share(total.subject_right, total.captured):>11} {_share(total.period_right, total.captured):>10}"
    )
    return 0


if __name__ == "__main__":
    arguments = [Path(argument) for argument in sys.argv[1:]]
    examples = sorted(path for path in (ROOT / "examples").glob("*") if path.is_dir())
    sys.exit(main(arguments or [ROOT / "knowledge", *examples]))
