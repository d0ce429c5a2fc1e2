"""Words of speed compare: "faster" asks higher, "slower" lower; after "more" or "less" a manner adverb says which
way ("more slowly" asks lower, "less quickly" lower), so "more" alone never sets the direction."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Ruritania grew 0.7 percent in 2017 and 0.9 percent in 2011.\n"

RECORDS = """
entities:
  - {id: ruritania, name: Ruritania, kind: country, aliases: [Ruritania]}
measures:
  - {id: growth, name: population growth, unit: percent, is_change: true, aliases: [population growth, growth, grow]}
periods:
  - {id: y2011, aliases: ["2011"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: g-2017, subject: ruritania, measure: growth, period: y2017, value: +0.7 percent, sentence: 1,
     quote: "Ruritania grew 0.7 percent in 2017"}
  - {id: g-2011, subject: ruritania, measure: growth, period: y2011, value: +0.9 percent, sentence: 1,
     quote: "0.9 percent in 2011"}
"""


def test_words_of_speed_set_the_direction(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    expected = {
        "more slowly": "Yes",
        "less quickly": "Yes",
        "slower": "Yes",
        "more quickly": "No",
        "faster": "No",
        "less slowly": "No",
    }
    for words, verdict in expected.items():
        answer = engine.ask(f"Did Ruritania grow {words} in 2017 than in 2011?")
        assert answer.status is Status.ANSWERED, words
        assert answer.text.startswith(verdict), words
