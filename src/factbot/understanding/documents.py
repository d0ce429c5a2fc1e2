"""The source document as a name in a question: "according to this report" is according to every figure in it.

A curator who declares the document as an entity (to curate what it says of itself: "this
report is current as of May 2020") gives it the source's title or short title as a
name. Named as the reporter of a figure, it is then borne out by any figure of that source,
as a reporter named in a figure's own sentence is.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase


def names_document(kb: KnowledgeBase, entity: str, source: str) -> bool:
    """Whether one of the entity's names is the title or the short title of `source`."""
    document = kb.knowledge.sources.get(source)
    if document is None:
        return False
    titles = {kb.normaliser.words(title) for title in (document.title, document.short_title) if title}
    record = kb.entities[entity]
    return any(kb.normaliser.words(name) in titles for name in (record.name, *record.aliases))
