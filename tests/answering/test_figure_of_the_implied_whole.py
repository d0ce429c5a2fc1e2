"""Named no one, a question stating a figure asks whose it is: the whole the document is about, taken as the
subject, does not answer it with another figure ("what took 750 cubic yards?" is not "the dam: 5,500"), and the
one whose figure it is answers. A figure of the measure's own name ("per 100 miles") states none."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import tiny_engine

TEXT = (
    "More than 5,500 cubic yards were excavated for the dam.\n"
    "For the tunnels, 1,500 cubic yards.\n"
    "For the spillways, 750 cubic yards.\n"
    "The dam saw 3 incidents per 100 visits.\n"
)
RECORDS = """
entities:
  - {id: dam, name: the dam, kind: dam, is_whole: true, aliases: [dam]}
  - {id: tunnels, name: the tunnels, kind: feature, aliases: [tunnels]}
  - {id: spillways, name: the spillways, kind: feature, aliases: [spillways]}
measures:
  - {id: excavation, name: excavation, unit: cubic yards, aliases: [excavation, excavated]}
  - {id: rate, name: incidents per 100 visits, unit: incidents, aliases: [incidents per 100 visits, incident rate]}
facts:
  - {id: w, subject: dam, measure: excavation, value: "More than 5,500", sentence: 1,
     quote: "More than 5,500 cubic yards were excavated"}
  - {id: t, subject: tunnels, measure: excavation, value: "1,500", sentence: 2, quote: "1,500 cubic yards"}
  - {id: s, subject: spillways, measure: excavation, value: "750", sentence: 3, quote: "750 cubic yards"}
  - {id: r, subject: dam, measure: rate, value: "3", sentence: 4, quote: "3 incidents per 100 visits"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("implied"), RECORDS, TEXT)


def test_a_stated_figure_asks_whose_it_is(engine: Engine) -> None:
    answer = engine.ask("What took 750 cubic yards of excavation?")
    assert answer.status is Status.ANSWERED and "spillways" in answer.text, answer.text


def test_a_figure_of_the_measures_name_states_none(engine: Engine) -> None:
    answer = engine.ask("incidents per 100 visits?")
    assert answer.status is Status.ANSWERED and "3" in answer.text, answer.text
