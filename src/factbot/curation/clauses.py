"""Where a figure's clause starts and ends, for the draft's quotes and guesses.

A figure belongs with the words of its own clause: "Acme sold 4.1 million, while Bolt sold
900,000" says nothing of Bolt in the first clause. Commas, semicolons, colons, dashes, an
opening bracket and "while", "but", "and", "or" between clauses mark the breaks.
"""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[(\u2014\u2013]|\s(?:while|whereas|but|and|or)\s")
WORDS = re.compile(r"[^\W\d_][\w'-]*")
ASIDE = re.compile(r"\s*\([^()]*\)")
"""A bracketed aside ("(inflation-adjusted)", "(net)"): read past, it joins what stands around it."""


def clause_start(text: str, position: int, minimum_words: int = 3) -> int:
    """Where the clause holding `position` starts, reaching back until it has a few words before it."""
    breaks = [match.end() for match in CLAUSE_BREAK.finditer(text, 0, position)]
    for start in reversed([0, *breaks]):
        if len(WORDS.findall(text[start:position])) >= minimum_words or start == 0:
            return start
    return 0


def same_clause(text: str, start: int, end: int) -> bool:
    """No clause break between `start` and `end`, once bracketed asides are read past."""
    return not CLAUSE_BREAK.search(ASIDE.sub("", text[start:end]))
