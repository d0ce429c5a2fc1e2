"""The same question gets the same answer in every process: nothing depends on hash order.

Python salts the hashes of strings per process, so iteration over a set of words or ids
differs between runs; a decision that leaned on it would flip between runs. Two processes
with different seeds answer the same questions on every shipped folder, and must agree
byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge_paths import KNOWLEDGE, ROOT

QUESTIONS = {
    KNOWLEDGE: [
        "Which sold more, Honda or Nissan?",
        "sales",
        "What share of the alliance is Honda's?",
        "Who is Nikkei?",
    ],
    ROOT / "examples" / "energy": ["oil production", "Which field produced the most?", "When did oil peak?"],
    ROOT / "examples" / "agriculture": ["coffee", "Rank the producers", "Why did imports fall?"],
    ROOT / "examples" / "companies": ["What happened in 2024?", "market share", "How many states joined?"],
}


def _answers(folder: Path, questions: list[str], seed: str, tmp_path: Path) -> str:
    batch = tmp_path / f"questions-{seed}.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONHASHSEED": seed, "FACTBOT_NO_CACHE": "1"}
    command = [
        sys.executable,
        "-m",
        "factbot",
        "batch",
        "--knowledge",
        str(folder),
        "-f",
        "jsonl",
        "--explain",
        str(batch),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, check=True, timeout=120)
    return result.stdout


@pytest.mark.parametrize("folder", list(QUESTIONS), ids=lambda folder: folder.name)
def test_answers_do_not_depend_on_the_hash_seed(folder: Path, tmp_path: Path) -> None:
    first = _answers(folder, QUESTIONS[folder], "1", tmp_path)
    second = _answers(folder, QUESTIONS[folder], "4242", tmp_path)
    assert first.count("\n") == len(QUESTIONS[folder])
    assert first == second
