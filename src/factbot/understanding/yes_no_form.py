"""Whether a question asks yes or no: by its form, before any reading of it.

"Is X ...?" and "Under the decree, can X ...?" ask it by their opener; "could you tell me whether
..." by the word after a request. A sentence that states something, with no question word and no
question mark ("X was the third largest."), asks it too: it is a claim to be checked, and the
answer says whether the sources bear it out (yes/no is a wrapper over any reading).
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase

EMBEDDED_YES_NO = frozenset({"whether", "if"})
"""Words that make a request a yes/no question: "can you tell me whether X rose?"."""
REQUEST_REACH = 4
"""How many words after a request ("could you tell me ...") its question may open within."""


def asks_yes_or_no(
    opening: list[str], texts: tuple[str, ...], after_commas: tuple[int, ...], kb: KnowledgeBase
) -> bool:
    """ "Is X ...?", and "Under the decree, can X ...?": an opener first, or first after a leading phrase;
    "could you tell me what ..." is a request, unless it asks "whether" or "if" or goes on as a yes/no
    question ("could you tell me did X ...?", "... tell me, under the decree, can X ...?")."""
    request = next((opener for opener in kb.request_openers if tuple(opening[: len(opener)]) == opener), None)
    if request is not None and _asked_after_request(opening[len(request) :], kb):
        return True
    if (request is None and opening and opening[0] in kb.yes_no_openers) or _tag_alternatives(texts, kb):
        return True
    return any(_opens_after_comma(texts, index, kb) for index in after_commas)


def _opens_after_comma(texts: tuple[str, ...], index: int, kb: KnowledgeBase) -> bool:
    """ "Hey, under the decree, can X ...?": a yes/no opener after a leading phrase, with no question word
    before it ("by what percent, relative to X, did ..." asks an amount) and no request ("hello, could you
    tell me what ...")."""
    if texts[index] not in kb.yes_no_openers or any(
        texts[index : index + len(item)] == item for item in kb.request_openers
    ):
        return False
    return not set(texts[:index]) & question_words(kb)


def _tag_alternatives(texts: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """ "True or false: X fell 5%.", "Yes or no - ...": a question tag and its alternative, said first."""
    return len(texts) > 3 and (texts[0],) in kb.question_tags and texts[1] in kb.list_words


def _asked_after_request(words: list[str], kb: KnowledgeBase) -> bool:
    """ "Could you tell me whether X rose?" and "... tell me did X rise?" ask yes or no; "... tell me what X
    is, if not Y?" does not: the first word that opens a question, near the request, decides."""
    openers = question_words(kb)
    for word in words[:REQUEST_REACH]:
        if word in EMBEDDED_YES_NO or word in kb.yes_no_openers:
            return True
        if word in openers:
            return False
    return False


@lru_cache(maxsize=8)
def question_words(kb: KnowledgeBase) -> frozenset[str]:
    """The words that open a question asking something other than yes or no ("what", "how")."""
    return frozenset({opener[0] for opener in kb.quantity_openers} | set(kb.question_kinds))


def question_tag(question: str, texts: tuple[str, ...], kb: KnowledgeBase) -> int:
    """How many words at the end are a tag after a comma ("X grew 1.9%, right?", "..., isn't it?"): a statement
    so tagged asks whether it holds. 0 when there is none."""
    if "," not in question:
        return 0
    tail = kb.normaliser.words(question.rsplit(",", 1)[1])
    if tail in kb.question_tags and texts[-len(tail) :] == tail and len(texts) > len(tail) + 2:
        return len(tail)
    return 0


def states_a_claim(
    question: str, texts: tuple[str, ...], question_word: str | None, follow_up: bool, kb: KnowledgeBase
) -> bool:
    """A statement put as a question ("2017 was the wettest year."): a sentence ending in a full stop, with no
    question word, not a follow-up, and a verb of being or having after its subject ("was", "has", "did"),
    never first. A bare string of words ("avg temp 2012") has no such verb, and a question typed without its
    question mark ("hwo many did X sell") no full stop: both stay look-ups. A question mark anywhere makes it a
    question, whatever instruction follows it ("...? Give three figures.")."""
    if not question.rstrip().endswith(".") or "?" in question or question_word is not None or follow_up:
        return False
    if (
        len(texts) < 3
        or texts[0] in kb.yes_no_openers
        or any(texts[: len(opener)] == opener for opener in kb.request_openers)
    ):
        return False
    return any(text in kb.yes_no_openers for text in texts[1:-1])
