"""Finding a quote whose sentence number went stale, so an older curation keeps loading.

Sentence numbers are the splitter's: when it learns that a period does not end a
sentence (a middle initial, "No. 2"), the sentences after it are numbered lower, and
every curated `sentence:` after it points at the wrong one. The quote is still verbatim
in the source, so the record is not wrong, only its number is: the loader takes the
sentence holding the quote nearest the written number, and `factbot verify` warns with
the new number so the curator can write it down. Of two sentences equally near, the
earlier is taken: a splitter that stops ending sentences early only ever lowers numbers.
A quote found nowhere stays a problem.
"""

from __future__ import annotations

from factbot.knowledge.model import Source


def holding(source: Source, quote: str) -> list[int]:
    """The numbers of the sentences of `source` that hold `quote` verbatim."""
    return [sentence.number for sentence in source.sentences if quote in sentence.text]


def renumbered(source: Source, number: int, quote: str) -> int | None:
    """The number of the one sentence holding `quote` nearest to sentence `number`, or None."""
    nearest = sorted((abs(other - number), other) for other in holding(source, quote))
    return nearest[0][1] if nearest else None
