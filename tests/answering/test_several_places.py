"""Several places asked at once ("the second- and third-largest"): each is answered, never only the first."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "Acme, Bolt and Cog are the largest, second-largest and third-largest widget makers.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cog, name: Cog, kind: company, aliases: [Cog]}
measures:
  - {id: size-rank, name: size rank, unit: rank, aliases: [largest widget maker, largest widget makers],
     template: "{subject} is the {value} widget maker"}
facts:
  - {id: acme-rank, subject: acme, measure: size-rank, value: largest, number: 1, sentence: 1, quote: "largest"}
  - {id: bolt-rank, subject: bolt, measure: size-rank, value: second, number: 2, sentence: 1, quote: "second-largest"}
  - {id: cog-rank, subject: cog, measure: size-rank, value: third, number: 3, sentence: 1, quote: "third-largest"}
"""


def test_two_places_asked_name_both_holders(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who are the second- and third-largest widget makers?")
    assert answer.status == "answered", answer.text
    assert "Bolt" in answer.text and "Cog" in answer.text, answer.text


def test_one_place_asked_names_its_holder_only(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Who is the second-largest widget maker?")
    assert answer.status == "answered" and "Bolt" in answer.text and "Cog" not in answer.text, answer.text


def test_they_after_several_places_are_all_their_holders(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "facts:\n",
        "  - {id: sales, name: widget sales, unit: widgets, aliases: [widgets sold, sell, sold]}\n"
        "facts:\n"
        '  - {id: bolt-sales, subject: bolt, measure: sales, value: "40 widgets", sentence: 2,'
        ' quote: "Bolt sold 40 widgets"}\n'
        '  - {id: cog-sales, subject: cog, measure: sales, value: "30 widgets", sentence: 2,'
        ' quote: "Cog sold 30 widgets"}\n',
    )
    engine = tiny_engine(tmp_path, records, TEXT + "Bolt sold 40 widgets and Cog sold 30 widgets.\n")
    conversation = Conversation()
    engine.ask("Who are the second- and third-largest widget makers?", conversation)
    answer = engine.ask("How many widgets did they sell?", conversation)
    assert "40 widgets" in answer.text and "30 widgets" in answer.text, answer.text
