"""Who does a thing is named after the thing done: "the biggest widget seller" asks whose widget sales are
largest, as "who sold the most widgets" does (the lexicon's `word_forms` read "seller" as "sell")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.results import Status
from tiny import RECORDS, TEXT, tiny_engine


@pytest.mark.parametrize("question", ["Who was the biggest widget seller in 2021?", "top widget sellers 2021?"])
def test_a_seller_is_who_sells(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status is Status.ANSWERED and answer.text.startswith("Acme") and "150" in answer.text
