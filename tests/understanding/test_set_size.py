"""A count of the set ("the three", "all four") is a count of subjects: it names no figure, and a set of
another size is not the one asked about."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cog, name: Cog, kind: company, aliases: [Cog]}
  - {id: dyn, name: Dyn, kind: company, aliases: [Dyn]}
  - {id: trio, name: the Trio group, kind: group, aliases: [Trio group, Trio], members: [acme, bolt, cog]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
  - {id: size-rank, name: size rank, unit: rank, aliases: [rank, ranking, largest]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2021, value: "90",
     sentence: 1, quote: "Bolt 90"}
  - {id: cog-sales, subject: cog, measure: sales, period: y2021, value: "120",
     sentence: 1, quote: "Cog 120"}
  - {id: dyn-sales, subject: dyn, measure: sales, period: y2021, value: "200",
     sentence: 1, quote: "Dyn 200"}
  - {id: trio-sales, subject: trio, measure: sales, period: y2021, value: "360 widgets",
     sentence: 2, quote: "the Trio group sold 360 widgets"}
  - {id: acme-rank, subject: acme, measure: size-rank, value: second, number: 2,
     sentence: 3, quote: "Acme is the second-largest"}
  - {id: bolt-rank, subject: bolt, measure: size-rank, value: third, number: 3,
     sentence: 3, quote: "Bolt the third-largest"}
"""
TEXT = (
    "In 2021 Acme sold 150 widgets, Bolt 90, Cog 120 and Dyn 200.\n"
    "Together the Trio group sold 360 widgets.\n"
    "Acme is the second-largest maker and Bolt the third-largest.\n"
)


def test_rank_all_four_ranks_the_subjects_in_view_by_the_conversations_measure(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What were Acme's and Bolt's sales in 2021?", conversation)
    engine.ask("What about Cog and Dyn?", conversation)
    answer = engine.ask("rank all four", conversation)
    assert answer.status == "answered"
    assert [answer.text.index(name) for name in ("Dyn", "Acme", "Cog", "Bolt")] == sorted(
        answer.text.index(name) for name in ("Dyn", "Acme", "Cog", "Bolt")
    )


def test_the_three_members_after_a_group_are_that_groups_members(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What were the Trio group's sales in 2021?", conversation)
    answer = engine.ask("rank the three members", conversation)
    assert answer.status == "answered"
    assert answer.text.index("Acme") < answer.text.index("Cog") < answer.text.index("Bolt")
    assert "Dyn" not in answer.text


def test_a_set_of_another_size_is_not_the_one_asked_about(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("rank all three by size rank")
    assert answer.status != "answered"  # only two subjects have a size rank


def test_a_cardinal_count_is_not_a_place(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("who ranks the three")
    assert "third-largest" not in answer.text or answer.status != "answered"
    assert "Bolt" in engine.ask("who is ranked third").text


def test_rank_them_along_with_others_adds_the_subjects_in_view(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    engine.ask("What were Acme's sales in 2021?", conversation)
    engine.ask("And Dyn's?", conversation)
    answer = engine.ask("rank them along with Bolt and Cog", conversation)
    assert answer.status == "answered"
    assert answer.text.index("Dyn") < answer.text.index("Acme") < answer.text.index("Cog") < answer.text.index("Bolt")
