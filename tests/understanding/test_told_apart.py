"""Measures that share a name ("imports") told apart by a word of each ("red", "blue"), and added up."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme imported 40 tons of red dye and 15 tons of blue dye in 2021.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: red-imports, name: red dye imports, unit: tons, aliases: [red dye imports, imports, imported]}
  - {id: blue-imports, name: blue dye imports, unit: tons, aliases: [blue dye imports, imports, imported]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-red, subject: acme, measure: red-imports, period: y2021, value: "40 tons",
     sentence: 1, quote: "Acme imported 40 tons of red dye", context: [{sentence: 1, quote: "in 2021"}]}
  - {id: acme-blue, subject: acme, measure: blue-imports, period: y2021, value: "15 tons",
     sentence: 1, quote: "15 tons of blue dye in 2021", context: [{sentence: 1, quote: "Acme imported"}]}
"""


def test_a_shared_name_with_a_word_of_each_adds_them(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Acme's total imports in 2021, adding red to blue?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "55 tons" in answer.text, answer.text


def test_a_figure_quoted_from_the_source_asks_nothing_more(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "Acme's total imports in 2021 if you add the 40 tons of red to blue?"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "55 tons" in answer.text, answer.text


def test_another_name_sharing_one_of_them_tells_it_apart(tmp_path: Path) -> None:
    """ "blue dye" names the blue imports and a share; of the measures "import" names, only the imports."""
    records = RECORDS.replace(
        "aliases: [blue dye imports, imports, imported]", "aliases: [blue dye imports, blue dye, imports, imported]"
    )
    records = records.replace(
        "periods:",
        "  - {id: blue-share, name: blue dye share, unit: percent, aliases: [blue dye share, blue dye]}\nperiods:",
    )
    answer = tiny_engine(tmp_path, records, TEXT).ask("Did Acme import more red than blue dye in 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Yes."), answer.text
