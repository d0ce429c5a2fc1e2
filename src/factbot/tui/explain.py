"""The explain view (ctrl+t) in a reader's words: how the question was read, about what, how sure.

The engine's `Trace` speaks in ids and rule names ("intent=difference,
subjects=tesla, byd, periods=y2023"); `factbot ask --explain` keeps that for
tools. The chat turns it into names from the knowledge and plain phrases, and
leaves out what only matters to the engine: spelling "corrections" of ordinary
words (read 'sel' as 'self') and internal rule names. Headless.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.results import Answer

INTENT_WORDS = {
    "lookup": "a figure the sources state",
    "difference": "how much more one figure is than another",
    "ratio": "how many times one figure is another",
    "compare": "which of two figures is higher",
    "sum": "a total of several figures",
    "share": "one figure's share of a whole",
    "rank": "a ranking",
    "extreme_max": "which is highest",
    "extreme_min": "which is lowest",
    "average": "an average",
    "change": "a change over time",
    "members": "who belongs to a group",
    "count_members": "how many belong to a group",
    "statement": "something the sources say in words",
    "none": "nothing it could answer",
}
SURE_WORDS = ((0.9, "sure"), (0.6, "fairly sure"), (0.01, "unsure"), (0.0, "not answered"))


def explanation_lines(answer: Answer, kb: KnowledgeBase) -> tuple[str, ...]:
    """What the chat shows under an answer when explain is on."""
    trace = answer.trace
    intent = trace.intent
    if intent.startswith("check:"):
        read_as = "checking a claim about " + INTENT_WORDS.get(intent.removeprefix("check:"), "a figure")
    else:
        read_as = INTENT_WORDS.get(intent, intent.replace("_", " "))
    lines = [f"Read as: {read_as}"]
    lines.extend(_slot_lines(dict(trace.slots), kb))
    lines.append(f"How sure: {_sure(trace.confidence)} ({trace.confidence:.0%})")
    if trace.rule.startswith("follow-up"):
        lines.append("A follow-up: what it leaves out comes from the previous question.")
    names = [(typed, meant) for typed, meant in trace.corrections if _is_a_name(meant, kb)]
    if names:
        lines.append("Spelling: " + ", ".join(f"“{typed}” read as {_name_for(meant, kb)}" for typed, meant in names))
    return tuple(lines)


def _slot_lines(slots: dict[str, str], kb: KnowledgeBase) -> list[str]:
    lines = []
    if "subjects" in slots:
        lines.append("About: " + ", ".join(_entity(kb, item) for item in _items(slots["subjects"])))
    if "measure" in slots:
        measure = kb.measures.get(slots["measure"])
        lines.append(f"Figure: {measure.name if measure else slots['measure']}")
    if "periods" in slots:
        labels = [kb.periods[item].label if item in kb.periods else item for item in _items(slots["periods"])]
        lines.append("When: " + ", ".join(label.removeprefix("in ") for label in labels))
    if "market" in slots:
        lines.append(f"Where: {_entity(kb, slots['market'])}")
    if "values" in slots:
        lines.append(f"Figures in the question: {slots['values']}")
    return lines


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _entity(kb: KnowledgeBase, entity_id: str) -> str:
    entity = kb.entities.get(entity_id)
    return entity.name if entity else entity_id


def _sure(confidence: float) -> str:
    return next(words for floor, words in SURE_WORDS if confidence >= floor)


def _name_for(word: str, kb: KnowledgeBase) -> str:
    folded = word.casefold()
    return next((entity.name for entity in kb.entities.values() if folded in entity.name.casefold().split()), word)


def _is_a_name(word: str, kb: KnowledgeBase) -> bool:
    """Only corrections to a name are worth telling the reader; the rest is the engine's business."""
    return word.casefold() in kb.entity_words
