"""Whether a sentence says what a yes/no question asks of a name, or says it of another name.

"According to the filing, Acme was the largest widget maker and Bolt Works was the world's
largest gadget seller" holds every word of "Was Acme the world's largest gadget seller?", yet
says no such thing: "largest gadget seller" is said in Bolt Works' clause. So a
statement does not settle a yes/no question when the rest of what is asked stands in a clause
that leaves out the name asked about and names another the statement involves. Clauses end at
commas, semicolons, colons, dashes and brackets, and at "and", "but", "while" or "whereas" where a lower-case word is
followed by a capitalised one ("maker and Bolt Works was"), never inside a pair of nouns
("salt and pepper", "Red and Blue").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from factbot.knowledge.text import Normaliser

_BREAKS = re.compile(r"[,;:()\[\]—–]|\s-\s")
_JOINS = re.compile(r"(\S+)\s+(?:and|but|while|whereas)\s+(?=[A-Z])")


def clauses(text: str) -> list[str]:
    """The text cut at clause breaks (never empty pieces)."""
    pieces: list[str] = []
    for part in _BREAKS.split(text):
        start = 0
        for join in _JOINS.finditer(part):
            if join.group(1)[:1].islower():  # "maker and Bolt Works was": a new clause, a new name
                pieces.append(part[start : join.end(1)])
                start = join.end()
        pieces.append(part[start:])
    return [piece for piece in pieces if piece.strip()]


def said_of_another(
    quote: str,
    names: Sequence[Collection[str]],
    others: Collection[str],
    elsewhere: Sequence[Collection[str]],
    normaliser: Normaliser,
) -> bool:
    """Whether the quote says the asked words of another name: for an asked name it holds, the rest of the asked
    words it holds stand together in a clause without that name but with one of `elsewhere` (the aliases, as
    normalised words, of names the statement involves and the question does not ask about)."""
    words = set(normaliser.words(quote))
    named = [set(name) & words for name in names]
    named = [name for name in named if name]
    if not named:
        return False
    held = (set(others) & words).union(*named)
    pieces = [set(normaliser.words(piece)) for piece in clauses(quote)]
    for name in named:
        rest = held - name
        if not rest:
            continue
        for piece in pieces:
            if rest <= piece and not name <= piece and any(other and set(other) <= piece for other in elsewhere):
                return True
    return False
