"""A member's membership is cited by the group's evidence that names it, not by every sentence of the group."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = "Acme and Bolt lead the widget makers.\nAmong the others is Cog.\nThe widget makers met in 2020.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cog, name: Cog, kind: company, aliases: [Cog]}
  - {id: dent, name: Dent, kind: company, aliases: [Dent]}
  - id: makers
    name: the widget makers
    kind: group
    aliases: [widget makers]
    members: [acme, bolt, cog]
    evidence:
      - {sentence: 1, quote: "Acme and Bolt lead the widget makers"}
      - {sentence: 2, quote: "Among the others is Cog"}
      - {sentence: 3, quote: "The widget makers met in 2020"}
"""


def test_a_members_profile_cites_the_sentence_naming_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Tell me about Cog")
    assert "Cog is a member of the widget makers" in answer.text
    assert [citation.sentence for citation in answer.citations] == [2]


def test_membership_cites_the_sentences_naming_the_members_asked(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Are Acme and Cog among the widget makers?")
    assert answer.text.startswith("Yes")
    assert sorted(citation.sentence for citation in answer.citations) == [1, 2]


def test_a_non_member_is_answered_with_all_the_groups_evidence(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Is Dent one of the widget makers?")
    assert answer.text.startswith("No")
    assert sorted(citation.sentence for citation in answer.citations) == [1, 2, 3]
