"""What is known about a member: its group's membership is cited by the sentence that names it, not by every
sentence the group's list draws on."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - id: makers
    name: local makers
    kind: category
    aliases: [local makers]
    members: [acme, bolt]
    evidence:
      - {sentence: 1, quote: "Acme is a local maker"}
      - {sentence: 2, quote: "Bolt is a local maker too"}
"""
TEXT = "Acme is a local maker.\nBolt is a local maker too.\n"


def test_the_membership_is_cited_by_the_sentence_naming_the_member(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Tell me about Bolt")
    assert "Bolt is a member of local makers" in answer.text
    assert [citation.sentence for citation in answer.citations] == [2]
