"""A word of the lexicon is general English, never a typo: it is not "corrected" into a word of the text that is
one letter away ("cost", a money word, into "coast"). Every list of the lexicon counts, not a hand-picked few."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.vocabulary import lexicon_phrases
from factbot.results import Status
from tiny import tiny_engine

TEXT = "The road runs along the coast for 40 miles.\n"
RECORDS = """
entities:
  - {id: road, name: the coast road, kind: road, aliases: [road]}
statements:
  - id: along-coast
    answer: "The road runs along the coast for 40 miles."
    about: [road]
    sentence: 1
    quote: "The road runs along the coast for 40 miles."
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("typos"), RECORDS, TEXT)


def test_a_money_word_is_not_corrected_into_a_word_of_the_text(engine: Engine) -> None:
    answer = engine.ask("How much did the road cost to build?")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "coast" not in " ".join(typed + meant for typed, meant in answer.trace.corrections), answer.trace


def test_every_list_of_the_lexicon_is_known() -> None:
    lexicon = builtin_lexicon()
    known = set(lexicon_phrases(lexicon))
    assert set(lexicon.money_words) <= known
    assert {cue for intent in lexicon.intents for cue in intent.cues} <= known
