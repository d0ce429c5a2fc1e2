"""Any text at all yields a valid record and never raises (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factbot.engine import INTERNAL_ERROR, Engine
from factbot.formats import RECORD_KEYS, as_jsonl, record
from factbot.results import Status

NAUGHTY = [
    "",
    " ",
    "[bold]How many EVs did Nissan sell?[/]",
    "[@click=app.quit]quit[/]",
    "[/",
    "[0]",
    "\x00\x01\x1b[31m",
    "هوندا كم سيارة باعت",
    "🚗🚗🚗 how many 🚙?",
    "a" * 100_000,
    "Honda " * 5000,
    "'; DROP TABLE facts; --",
    "{question}",
    "%s %d {0}",
    "\ud800",
    "Honda ፩",
    "How many EVs in 𐩀",
    "Honda sold ٣٤ cars",
    "Toyota's alliance has 6 members",
    "ﷺ" * 2000,
    "\x1b]52;c;aGFja2Vk\x07 Nissan EVs 2023\nA: forged",
]


def check(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.trace.rule != INTERNAL_ERROR, answer.text
    data = json.loads(as_jsonl(record(1, question, answer)))
    assert tuple(data)[: len(RECORD_KEYS)] == RECORD_KEYS
    assert data["status"] in {status.value for status in Status}
    assert isinstance(data["answer"], str) and data["answer"]
    for citation in data["citations"]:
        source = engine.kb.knowledge.sources[citation["source"]]
        assert source.text[citation["start"] : citation["end"]] == citation["quote"]


def test_naughty_strings(engine: Engine) -> None:
    for question in NAUGHTY:
        check(engine, question)
        assert engine.check(question).trace.rule != INTERNAL_ERROR


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_record(engine: Engine, question: str) -> None:
    check(engine, question)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(["Honda", "EVs", "2023", "more", "than", "Tesla", "share", "China", "?", "[b]"]), max_size=12
    )
)
def test_word_salad_from_the_vocabulary_never_raises(engine: Engine, words: list[str]) -> None:
    check(engine, " ".join(words))


def test_markup_is_kept_literally_in_the_record(engine: Engine) -> None:
    question = "[bold]Nissan[/] EV sales in 2023"
    data = record(1, question, engine.ask(question))
    assert data["question"] == question
    assert "140,000" in data["answer"]
