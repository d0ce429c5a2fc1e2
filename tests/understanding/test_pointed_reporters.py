"""A pronoun pointing at one who only speaks ("what did she say about X?" after "who is she?") names who said
the figure, not what it is about: the figure is read of its own subject, and the pronoun is explained where the
figure's sentence names the speaker (a speaker tag)."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = (
    "Questions for Ann Lee, economist at the Widget Institute.\n"
    "Q: How did widget sales do?\n"
    "AL: Acme sold 120 widgets in 2021.\n"
    "Q: And what do you make?\n"
    "AL: We make no widgets.\n"
)
RECORDS = """
entities:
  - {id: ann-lee, name: Ann Lee, kind: person, aliases: [Ann Lee, AL],
     description: "economist at the Widget Institute", evidence: [{sentence: 1, quote: "Ann Lee, economist"}]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets", sentence: 3,
     quote: "Acme sold 120 widgets in 2021"}
statements:
  - id: questions
    kind: description
    sentence: 1
    quote: "Questions for Ann Lee, economist at the Widget Institute."
    answer: "Ann Lee, an economist, answers questions."
    people: [ann-lee]
"""


def test_what_she_said_reads_the_figures_her_sentences_give(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    conversation = Conversation()
    engine.ask("Who is Ann Lee?", conversation)
    answer = engine.ask("What did she say about widget sales?", conversation)
    assert answer.status == "answered", answer.text
    assert "120 widgets" in answer.text


def test_a_figure_someone_else_said_is_not_hers(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT.replace("AL: Acme", "BK: Acme"))
    conversation = Conversation()
    engine.ask("Who is Ann Lee?", conversation)
    answer = engine.ask("What did she say about widget sales?", conversation)
    assert answer.status != "answered", answer.text
