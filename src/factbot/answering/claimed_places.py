"""A place claimed of a thing, asked yes or no ("is the plant in Ohio?"), against where a statement places it.

A statement of where something is (kind `place`, with its `place`) places it in one place: a place of the same
kind the question names instead (another state) is a place it is not in, and the answer is "No", with the place
it is in. Such a statement explains the place named in the first place (`statement_query.placed_alike`).
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.reading import Reading
from factbot.understanding.statement_query import PLACE_KIND


def place_denied(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """The reading's statement places what it is about in another place of the kind the question names."""
    if reading.statement is None:
        return False
    statement = kb.knowledge.statements[reading.statement]
    place = statement.place
    if statement.kind != PLACE_KIND or place is None:
        return False
    kind = kb.entities[place].kind
    named = [span for span in analysis.of(SpanKind.ENTITY) if not set(span.targets) & set(statement.about)]
    alike = [span for span in named if all(kb.entities[target].kind == kind for target in span.targets)]
    return bool(alike) and all(place not in span.targets for span in alike)
