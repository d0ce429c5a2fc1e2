"""Two questions in one: "How much were they billed in total, and what share of the taxes was that?".

People join two questions with ", and" followed by a question word, or with a bare comma when the
first half is a question of its own ("what is X for, what does it do"). Each half is a question
of its own, the second often pointing back at the first ("that", "it"); read as one, the better
half wins and the other goes unanswered. So the question is split there, and the halves are
asked in turn, as a conversation would ask them. After a bare comma a relative word ("which",
"who") goes on the first question ("X's share, which fell") and joins nothing.
"""

from __future__ import annotations

import re

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.yes_no_form import question_words

_JOIN = re.compile(r",\s*(and\s+)?([^\W\d_]+)", re.UNICODE)
MIN_WORDS = 3
"""Each half asks something on its own: a few words at least ("and why?" is a follow-up, not a question)."""


def split_question(question: str, kb: KnowledgeBase) -> tuple[str, str] | None:
    """The two questions `question` joins with ", and" (or, after a question, a bare comma) before a question
    word, or None."""
    for match in _JOIN.finditer(question):
        if not _asks(match.group(2), kb):
            continue
        first, second = question[: match.start()].strip(), question[match.start(2) :].strip()
        if match.group(1) is None and not _bare_join(first, match.group(2), kb):
            continue
        if len(kb.normaliser.words(first)) >= MIN_WORDS and len(kb.normaliser.words(second)) >= MIN_WORDS:
            return first + "?", second
    return None


def _asks(word: str, kb: KnowledgeBase) -> bool:
    """A word that opens a question: a question word ("what"), or the first word of an amount asked ("how")."""
    folded = kb.normaliser.words(word)
    if len(folded) != 1:
        return False
    return folded[0] in question_words(kb)


def _bare_join(first: str, opener: str, kb: KnowledgeBase) -> bool:
    """A bare comma joins two questions when the first half opens with a question word itself and the word after
    the comma is no relative one ("Honda's share, which fell" goes on; "how big is it, what does it make" asks)."""
    words = kb.normaliser.words(first)
    return bool(words) and _asks(words[0], kb) and kb.normaliser.words(opener)[0] not in kb.lexicon.relative_openers
