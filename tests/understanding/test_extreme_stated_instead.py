"""An extreme the figures cannot show ("which three had the most") is answered by a statement saying it, when
the question is sure enough of that statement, though it scored below the extreme reading."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
  - {id: core, name: Core, kind: shop, aliases: [Core]}
  - {id: nation, name: the nation, kind: country, aliases: [nation]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
facts:
  - {id: nation-sales, subject: nation, measure: sales, value: "900 widgets", sentence: 1,
     quote: "The nation sold 900 widgets"}
  - {id: acme-sales, subject: acme, measure: sales, value: "90 widgets", sentence: 2, quote: "Acme sold 90 widgets"}
statements:
  - id: top-shops
    kind: description
    sentence: 3
    quote: "The top three shops with the most sales are Acme, Bolt and Core."
    answer: "Acme, Bolt and Core are the three shops with the most sales."
    about: [acme, bolt, core]
    keywords: [top, most, highest, top three, shops, which]
"""
TEXT = (
    "The nation sold 900 widgets.\n"
    "Acme sold 90 widgets.\n"
    "The top three shops with the most sales are Acme, Bolt and Core.\n"
)


def test_a_stated_top_three_answers(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which three shops had the most sales?")
    assert answer.status == "answered"
    assert "Bolt and Core" in answer.text
