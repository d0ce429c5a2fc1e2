"""A claim's polarity counts denying words like "not": against "the figures exclude part-time workers", a claim
that they count them is refuted, one that they leave them out is supported, and one of neither is not settled."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from tiny import RECORDS, TEXT, tiny_engine

EXCLUDES = """
  - id: exclude
    answer: "The survey figures exclude part-time workers."
    about: []
    keywords: [survey]
    sentence: 7
    quote: "The survey figures exclude part-time workers."
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    text = TEXT + "The survey figures exclude part-time workers.\n"
    return tiny_engine(tmp_path_factory.mktemp("claim-denials"), RECORDS + EXCLUDES, text)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The survey figures count part-time workers.", Status.REFUTED),
        ("The survey figures include part-time workers.", Status.REFUTED),
        ("The survey figures exclude part-time workers.", Status.SUPPORTED),
        ("The survey figures do not include part-time workers.", Status.SUPPORTED),
    ],
)
def test_a_denying_word_decides_a_claims_polarity(engine: Engine, claim: str, verdict: Status) -> None:
    assert engine.check(claim).status is verdict
