"""Print factbot's speed: per-question latency, batch throughput, start-up, and scaling.

    python benchmarks/bench_engine.py [--repeat 200] [--scale 100000]

Figures, not assertions: timing tests are flaky on shared machines, so this script
prints what it measures and the closing note of each change quotes it.

- latency: per knowledge folder, every question of its question set asked `--repeat`
  times through `Engine.ask` (one conversation per dialogue); p50 / p99 / max in
  milliseconds, as wall time and as the thread's CPU time. The shipped knowledge is asked
  the shared dev set (or a built-in sample), each worked example (`examples/NAME`) the
  shared corpus's `NAME/questions.yaml` when it is there. On a busy machine the wall
  time's p99 is the scheduler's (a question preempted once waits a time slice); the CPU
  time is factbot's own.
- batch: `factbot batch` on those questions as a subprocess, questions per second.
- ask: wall time of `factbot ask` end to end (process start-up included).
- tui: time until the TUI has painted its first screen (headless, via run_test).
- scale: a synthetic knowledge folder with `--scale` facts (generated, not shipped),
  to show that routing cost does not grow with the knowledge.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from factbot.engine import Engine
from factbot.paths import default_knowledge_folder
from factbot.understanding.conversation import Conversation

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.yaml"
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "examples"
SAMPLE = [
    "How many EVs did Nissan sell in 2023?",
    "hwo many cars did nisan sell",
    "How many more EVs did Tesla sell than BYD in 2023?",
    "Who is in the Toyota-led alliance?",
    "Why are Japanese automakers forming alliances?",
    "Who founded Toyota?",
]


Asked = list[list[str]]
"""Questions to ask in order: each inner list one conversation (a single question, or a dialogue's turns)."""


def question_set(path: Path) -> Asked:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = [[case["q"]] for case in spec.get("cases", [])]
    return found + [[turn["q"] for turn in dialogue["turns"]] for dialogue in spec.get("dialogues", [])]


def questions() -> list[str]:
    """The shipped knowledge's questions, flat (for batch throughput)."""
    return [question for turns in shipped_questions() for question in turns]


def shipped_questions() -> Asked:
    return question_set(DEV_SET) if DEV_SET.is_file() else [[question] for question in SAMPLE]


def folders() -> list[tuple[str, Path, Asked]]:
    """Each knowledge folder with its questions: the shipped one, then each worked example that has a set."""
    found = [("shipped", default_knowledge_folder(), shipped_questions())]
    for example in sorted(path for path in EXAMPLES.iterdir() if path.is_dir()):
        asked = CORPUS / example.name / "questions.yaml"
        if asked.is_file():
            found.append((example.name, example, question_set(asked)))
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def latency(engine: Engine, asked: Asked, repeat: int) -> tuple[list[float], list[float]]:
    """Milliseconds per question, wall and CPU, each conversation asked `repeat` times."""
    wall, cpu = [], []
    for _ in range(repeat):
        for turns in asked:
            conversation = Conversation() if len(turns) > 1 else None
            for question in turns:
                started, used = time.perf_counter(), time.thread_time()
                engine.ask(question, conversation)
                cpu.append((time.thread_time() - used) * 1e3)
                wall.append((time.perf_counter() - started) * 1e3)
    return wall, cpu


def report_latency(label: str, timings: tuple[list[float], list[float]]) -> None:
    wall, cpu = timings
    print(
        f"{label:<22} {len(wall):>7,} {percentile(wall, 0.5):>8.3f} {percentile(wall, 0.99):>8.3f} "
        f"{max(wall):>8.3f} {percentile(cpu, 0.5):>8.3f} {percentile(cpu, 0.99):>8.3f}"
    )


def folder_latency(repeat: int) -> None:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"latency per question, ms (load average {load} on {os.cpu_count()} CPUs)")
    print(f"{'folder':<22} {'answers':>7} {'p50':>8} {'p99':>8} {'max':>8} {'cpu p50':>8} {'cpu p99':>8}")
    for label, folder, asked in folders():
        engine = Engine.from_folder(folder)
        latency(engine, asked, 3)  # warm up: first decodes, spelling indexes, postings built as sets
        report_latency(label, latency(engine, asked, repeat))


def batch_throughput(asked: list[str], repeat: int) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        for _ in range(repeat):
            handle.write("\n".join(asked) + "\n")
        path = handle.name
    count = len(asked) * repeat
    started = time.perf_counter()
    subprocess.run(["factbot", "batch", path, "--format", "jsonl", "--quiet"], check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    Path(path).unlink()
    print(f"batch: {count:,} questions in {elapsed:.2f} s = {count / elapsed:,.0f} questions/s (start-up included)")


def ask_wall_time(runs: int = 10) -> None:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(["factbot", "ask", SAMPLE[2]], check=True, stdout=subprocess.DEVNULL)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"factbot ask: median {statistics.median(timings):.0f} ms, best {min(timings):.0f} ms over {runs} runs")


def tui_first_paint() -> None:
    code = (
        "import asyncio, time\n"
        "started = time.perf_counter()\n"
        "from factbot.engine import Engine\n"
        "from factbot.paths import default_knowledge_folder\n"
        "from factbot.tui.app import make_app\n"
        "app = make_app(Engine.from_folder(default_knowledge_folder()))\n"
        "async def main():\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        await pilot.pause()\n"
        "        print(f'{(time.perf_counter() - started) * 1000:.0f}')\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"tui: could not measure ({done.stderr.strip().splitlines()[-1:]})")
        return
    print(f"tui: first paint {done.stdout.strip()} ms after process start (imports, knowledge load, compose)")


def synthetic_folder(target: Path, facts: int) -> None:
    """A knowledge folder with `facts` facts about generated companies, for the scaling run."""
    companies = max(facts // 10, 1)
    lines = [f"Company{index % companies} sold {index + 1000} widgets." for index in range(facts)]
    (target / "synthetic.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = {
        "source": {"id": "synthetic", "title": "Synthetic", "file": "synthetic.txt"},
        "entities": [
            {"id": f"c{index}", "name": f"Company{index}", "kind": "company", "aliases": [f"Company{index}"]}
            for index in range(companies)
        ],
        "measures": [{"id": "widgets", "name": "widget sales", "unit": "widgets", "aliases": ["widgets", "sold"]}],
        "periods": [
            {"id": f"y{year}", "label": f"in {year}", "order": year, "aliases": [str(year)]}
            for year in range(2000, 2010)
        ],
        "facts": [
            {
                "id": f"f{index}",
                "subject": f"c{index % companies}",
                "measure": "widgets",
                "period": f"y{2000 + (index // companies) % 10}",
                "value": str(index + 1000),
                "sentence": index + 1,
                "quote": f"sold {index + 1000} widgets",
            }
            for index in range(facts)
        ],
    }
    (target / "synthetic.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def scaling(facts: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        synthetic_folder(Path(folder), facts)
        started = time.perf_counter()
        engine = Engine.from_folder(Path(folder))
        loaded = time.perf_counter() - started
        companies = max(facts // 10, 1)
        asked = [
            f"How many widgets did Company{companies // 2} sell in 2005?",
            f"How many more widgets did Company{companies // 3} sell than Company{companies // 4} in 2001?",
            f"compnay{companies // 5} widgets in 2003",
            "Who founded Company7?",
        ]
        answer = engine.ask(asked[0])
        sample = json.dumps(answer.text)[:90]
        started = time.perf_counter()
        latency(engine, [[question] for question in asked], 3)  # warm up, as `folder_latency` does
        first = time.perf_counter() - started  # the tables built on first use, once per knowledge base
        print(
            f"scale: {facts:,} facts loaded and indexed in {loaded:.1f} s, warm-up asks {first:.2f} s; "
            f"sample answer: {sample}"
        )
        report_latency(f"synthetic {facts:,}", latency(engine, [[question] for question in asked], repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--scale", type=int, default=100_000, help="facts in the synthetic scaling run (0 to skip)")
    options = parser.parse_args()
    folder_latency(options.repeat)
    asked = questions()
    batch_throughput(asked, options.repeat)
    ask_wall_time()
    tui_first_paint()
    if options.scale:
        scaling(options.scale, max(options.repeat // 4, 20))


if __name__ == "__main__":
    main()
