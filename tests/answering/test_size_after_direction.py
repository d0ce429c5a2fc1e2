"""A figure right after a word of direction ("rose 30 widgets") in the measure's own kind is the size of the change
a yes/no question claims; it is checked against the change the source states."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: sales, period: y2021, value: "150 widgets", sentence: 1,
     quote: "Acme's sales rose 30 widgets to 150 widgets in 2021"}
  - {id: acme-2021-change, subject: acme, measure: sales, period: y2021, change: "+30", sentence: 1,
     quote: "Acme's sales rose 30 widgets to 150 widgets in 2021"}
"""
TEXT = "Acme's sales rose 30 widgets to 150 widgets in 2021.\n"


def test_the_size_claimed_after_the_direction_word_is_checked(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Did Acme's sales go up 30 widgets in 2021?").text.startswith("Yes")
    assert engine.ask("Did Acme's sales rise 20 widgets in 2021?").text.startswith("No")
