"""Short, seeded runs of every fuzz target (tests/fuzzing.py); benchmarks/fuzz.py runs them for minutes."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzzing
from factbot.engine import Engine
from knowledge_paths import KNOWLEDGE

ENGINE = Engine.from_folder(KNOWLEDGE)
SEEDED = settings(
    max_examples=100, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@SEEDED
@given(fuzzing.questions(ENGINE))
def test_engine_fuzz(question: str) -> None:
    fuzzing.engine_target(ENGINE)(question)


@SEEDED
@given(fuzzing.claims(ENGINE))
def test_claim_fuzz(claim: str) -> None:
    fuzzing.claim_target(ENGINE)(claim)


@SEEDED
@given(fuzzing.batch_inputs(), st.sampled_from(["txt", "jsonl"]), st.sampled_from(["jsonl", "text", "csv"]))
def test_batch_reader_fuzz(data: bytes, kind: str, output_format: str) -> None:
    fuzzing.batch_target(ENGINE)(data, kind, output_format)


@SEEDED
@given(st.lists(fuzzing.answer_records(ENGINE), max_size=4))
def test_saved_answers_fuzz(lines: list[str]) -> None:
    fuzzing.answers_target(ENGINE)(lines)


def test_knowledge_file_fuzz(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    target = fuzzing.knowledge_target(folder)

    @SEEDED
    @given(st.sampled_from(["automakers-alliance.yaml", "lexicon.yaml"]), fuzzing.mutations())
    def run(name: str, edits: list[tuple[str, int, int, str]]) -> None:
        target(name, edits)

    run()
