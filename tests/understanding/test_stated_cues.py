"""A statement states a one-word cue by saying that word: "higher than average" in a statement explains
"higher" and "average" in the question, though those words also ask for arithmetic on figures."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme grew 120 widgets in 2021.\nIn May 2021, the Acme farm in Kent had higher than average rains.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: kent, name: Kent, kind: region, aliases: [Kent]}
measures:
  - {id: widget-output, name: widget output, unit: widgets, aliases: [widget output, output, grow, grew]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-output, period: y2021, value: "120 widgets",
     sentence: 1, quote: "Acme grew 120 widgets in 2021"}
statements:
  - id: kent-rains
    kind: event
    about: [acme, kent]
    place: kent
    sentence: 2
    quote: "In May 2021, the Acme farm in Kent had higher than average rains"
"""


def test_a_statement_saying_the_cue_words_answers(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("Which region growing for Acme got higher than average rains in May 2021?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Kent" in answer.text


def test_a_cue_word_said_in_another_phrase_is_another_use(tmp_path: Path) -> None:
    """A statement saying "more" beside other words ("hired more workers") does not state the question's
    "more" ("grew more widgets"), however many of its words it shares."""
    text = TEXT + "Acme hired more workers in 2021.\n"
    hiring = '  - {id: hiring, kind: event, about: [acme], sentence: 3, quote: "Acme hired more workers in 2021"}\n'
    engine = tiny_engine(tmp_path, RECORDS + hiring, text)
    answer = engine.ask("Did Acme grow more widgets in 2021?")
    assert "hired" not in answer.text
