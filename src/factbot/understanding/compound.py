"""Two questions in one: "How much were they billed in total, and what share of the taxes was that?".

People join two questions with ", and" followed by a question word. Each half is a question
of its own, the second often pointing back at the first ("that"); read as one, the better
half wins and the other goes unanswered. So the question is split there, and the halves are
asked in turn, as a conversation would ask them.
"""

from __future__ import annotations

import re

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.yes_no_form import question_words

_JOIN = re.compile(r",\s*and\s+([^\W\d_]+)", re.UNICODE)
MIN_WORDS = 3
"""Each half asks something on its own: a few words at least ("and why?" is a follow-up, not a question)."""


def split_question(question: str, kb: KnowledgeBase) -> tuple[str, str] | None:
    """The two questions `question` joins with ", and" before a question word, or None."""
    for match in _JOIN.finditer(question):
        if not _asks(match.group(1), kb):
            continue
        first, second = question[: match.start()].strip(), question[match.start(1) :].strip()
        if len(kb.normaliser.words(first)) >= MIN_WORDS and len(kb.normaliser.words(second)) >= MIN_WORDS:
            return first + "?", second
    return None


def _asks(word: str, kb: KnowledgeBase) -> bool:
    """A word that opens a question: a question word ("what"), or the first word of an amount asked ("how")."""
    folded = kb.normaliser.words(word)
    if len(folded) != 1:
        return False
    return folded[0] in question_words(kb)
