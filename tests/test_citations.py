"""Every citation's quote is exactly the source text at its offsets."""

from __future__ import annotations

import pytest

from factbot.engine import Engine

QUESTIONS = [
    "How many more EVs did Tesla sell than BYD in 2023?",
    "What percentage of the alliance's total sales is Mitsubishi's?",
    "Who is in the Toyota-led alliance?",
    "How has Japanese brands' market share in China changed?",
    "Why are Japanese automakers forming alliances?",
    "How many EVs did Mitsubishi sell in 2023?",
    "Where is Mitsubishi Motors headquartered?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_quote_equals_source_text_at_offsets(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.citations, answer.text
    for citation in answer.citations:
        source = engine.kb.knowledge.sources[citation.source]
        assert source.text[citation.start : citation.end] == citation.quote
        assert source.sentences[citation.sentence - 1].text == citation.quote


def test_every_curated_record_cites_an_existing_sentence(engine: Engine) -> None:
    knowledge = engine.kb.knowledge
    evidence = [fact.evidence for fact in knowledge.facts] + [e for s in knowledge.statements for e in s.evidence]
    for item in evidence:
        citation = engine.kb.citation(item)
        assert item.quote in citation.quote
