"""Run every fuzz target of tests/fuzzing.py for a while and print how many examples each saw and what failed.

    python benchmarks/fuzz.py [--minutes 10] [--targets engine claims batch answers knowledge] [--seed N]

The test suite runs the same targets briefly with a fixed seed (tests/test_fuzz.py);
this runs them in rounds of fresh random examples until the time is up. A failing
example is shrunk by hypothesis, printed, and the target goes on with the next round,
so one run reports every distinct failure it meets.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import fuzzing
from factbot.engine import Engine
from knowledge_paths import KNOWLEDGE

ROUND_EXAMPLES = 500


def targets(engine: Engine, folder: Path) -> dict[str, tuple[Callable[..., None], tuple[st.SearchStrategy[Any], ...]]]:
    return {
        "engine": (fuzzing.engine_target(engine), (fuzzing.questions(engine),)),
        "claims": (fuzzing.claim_target(engine), (fuzzing.claims(engine),)),
        "batch": (
            fuzzing.batch_target(engine),
            (fuzzing.batch_inputs(), st.sampled_from(["txt", "jsonl"]), st.sampled_from(["jsonl", "text", "csv"])),
        ),
        "answers": (fuzzing.answers_target(engine), (st.lists(fuzzing.answer_records(engine), max_size=4),)),
        "knowledge": (
            fuzzing.knowledge_target(folder),
            (st.sampled_from(["automakers-alliance.yaml", "lexicon.yaml"]), fuzzing.mutations()),
        ),
    }


def run_target(name: str, target: Callable[..., None], strategies: tuple[Any, ...], minutes: float, first: int) -> None:
    count = 0

    def counted(arguments: tuple[Any, ...]) -> None:
        nonlocal count
        count += 1
        target(*arguments)

    failures: list[str] = []
    deadline = time.monotonic() + minutes * 60
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        test = settings(
            max_examples=ROUND_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )(given(st.tuples(*strategies))(counted))
        try:
            seed(first + rounds)(test)()
        except Exception as error:  # a finding: report it and keep fuzzing
            summary = "".join(traceback.format_exception_only(type(error), error)).strip()
            notes = "\n".join(getattr(error, "__notes__", []))
            failures.append(f"{summary}\n{notes}")
            print(f"  {name}: FAILURE in round {rounds}:\n{summary[:800]}\n{notes[:1500]}", flush=True)
    print(f"{name}: {count:,} examples in {minutes:g} min over {rounds} rounds, {len(failures)} failing round(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="per target")
    parser.add_argument("--targets", nargs="*", default=["engine", "claims", "batch", "answers", "knowledge"])
    parser.add_argument("--seed", type=int, default=int(time.time()))
    options = parser.parse_args()
    engine = Engine.from_folder(KNOWLEDGE)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "knowledge"
        shutil.copytree(KNOWLEDGE, folder)
        table = targets(engine, folder)
        print(f"seed {options.seed}; {options.minutes:g} minutes per target", flush=True)
        for name in options.targets:
            target, strategies = table[name]
            run_target(name, target, strategies, options.minutes, options.seed)


if __name__ == "__main__":
    main()
