"""A precision request is looked for (its pattern tried at every character) only in a text holding the words of
some precision phrase: the text read is exactly what the request pattern alone makes of it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding import shorthand
from factbot.understanding.shorthand import TIMES, _patterns, read_shorthand
from tiny import tiny_engine

PIECES = [
    "to", "rounded to", "3", "three", "2", "significant", "Significant", "figures", "figure", "sig", "figs", "s",
    "f", "s.f.", "S.F.", "dp", "DP", "d", "p", "d.p.", "decimal", "places", "place", "of", "decimals", "the",
    "nearest", "whole", "number", "integer", "(", ")", ",", ".", " ", "ratio", "10x", "3×", "Acme", "2021", "é",
    "sales", "fell", "dpx", "sf2",
]  # fmt: skip


def full(text: str, kb: KnowledgeBase) -> str:
    signs, requests = _patterns(kb)
    if signs is not None:
        text = signs.sub(lambda match: f"{match.group(1)} {TIMES}", text)
    return requests.sub(" ", text) if requests is not None else text


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return tiny_engine(tmp_path_factory.mktemp("shorthand")).kb


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=10), joined=st.booleans())
def test_the_words_first_read_as_the_request_pattern_alone(kb: KnowledgeBase, pieces: list[str], joined: bool) -> None:
    text = ("" if joined else " ").join(pieces)
    assert read_shorthand(text, kb) == full(text, kb)


@pytest.fixture
def refused_requests(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """The request pattern, replaced by one that fails the test when it is run."""
    signs, requests = _patterns(kb)
    assert requests is not None

    class Refused:
        def sub(self, *_: object) -> str:
            raise AssertionError("the request pattern was run")

    monkeypatch.setattr(shorthand, "_patterns", lambda _: (signs, Refused()))


@pytest.mark.usefixtures("refused_requests")
def test_a_text_without_the_words_is_not_searched_for_a_request(kb: KnowledgeBase) -> None:
    assert read_shorthand("How many widgets did Acme sell in 2021?", kb) == "How many widgets did Acme sell in 2021?"
    with pytest.raises(AssertionError):
        read_shorthand("Acme's share to 2 decimal places?", kb)


@pytest.mark.usefixtures("refused_requests")
def test_a_phrase_s_words_inside_longer_words_are_not_searched_for_a_request(kb: KnowledgeBase) -> None:
    """ "s f" closes the phrase "# s f": in "sales fell" a letter follows it, as no request allows."""
    assert read_shorthand("Whose sales fell the most in 2021?", kb) == "Whose sales fell the most in 2021?"
