"""An opening that announces a new question ("Different question: ...") says nothing of what is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny import tiny_engine


@pytest.mark.parametrize(
    "question",
    ["Different question: what were Acme's widget sales in 2021?", "new question, what did Acme sell in 2021?"],
)
def test_a_topic_opener_leaves_no_word_unexplained(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path).ask(question)
    assert answer.status == "answered" and "150" in answer.text
