"""Who a drafted figure is about: its place in a list of names, else the nearest name in its clause."""

from __future__ import annotations

import re

from factbot.curation.clauses import clause_start
from factbot.curation.names import CandidateEntity, Mention
from factbot.knowledge.model import Sentence
from factbot.knowledge.quantities import Quantity

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


def nearest_subject(
    sentence: Sentence,
    quantity: Quantity,
    figures: list[Quantity],
    names: list[CandidateEntity],
    entity_ids: dict[int, str],
) -> tuple[str, tuple[tuple[int, str], ...]]:
    """Who a figure is about: its place in a list of names, else the name nearest before it in its clause
    (a place after "in" only when nothing else is), else the sentence's first name before it, else the
    first name after it, else the name an earlier sentence (or, in the first, a later one) gives that the
    text names most often, the whole a report is about (given as context)."""
    text, position = sentence.text, quantity.start
    here = sorted(
        ((mention, name) for name in names for mention in name.mentions if mention.sentence == sentence.number),
        key=lambda item: item[0].start,
    )
    listed = _listed_subject(sentence, quantity, figures, here)
    if listed is not None:
        return entity_ids[id(listed)], ()
    clause = clause_start(text, position, minimum_words=0)
    in_clause = [item for item in here if clause <= item[0].start and item[0].end <= position]
    actors = [item for item in in_clause if not _LOCATIVE.search(text[max(0, item[0].start - 12) : item[0].start])]
    before = [item for item in here if item[0].end <= position]
    after = [item for item in here if item[0].start >= position]
    candidates = actors[-1:] or in_clause[-1:] or before[:1] or after[:1]
    if candidates:
        return entity_ids[id(candidates[0][1])], ()
    earlier: list[tuple[Mention, CandidateEntity]] = [
        (mention, name) for name in names for mention in name.mentions if mention.sentence < sentence.number
    ] or [(name.mentions[0], name) for name in names if name.mentions]
    if not earlier:
        return "", ()
    mention, name = max(earlier, key=lambda item: (len(item[1].mentions), item[0].sentence, item[0].end))
    return entity_ids[id(name)], ((mention.sentence, mention.text),)
