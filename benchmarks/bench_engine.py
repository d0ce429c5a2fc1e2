"""Print factbot's speed: per-question latency, batch throughput, start-up, and scaling.

    python benchmarks/bench_engine.py [--repeat 200] [--scale 100000]

Figures, not assertions: timing tests are flaky on shared machines, so this script
prints what it measures and the closing note of each change quotes it.

- latency: every question of the shared dev set (or a built-in sample) asked
  `--repeat` times through `Engine.ask`; p50 / p99 / max in microseconds.
- batch: `factbot batch` on those questions as a subprocess, questions per second.
- ask: wall time of `factbot ask` end to end (process start-up included).
- tui: time until the TUI has painted its first screen (headless, via run_test).
- scale: a synthetic knowledge folder with `--scale` facts (generated, not shipped),
  to show that routing cost does not grow with the knowledge.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from factbot.engine import Engine
from factbot.paths import default_knowledge_folder

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.yaml"
SAMPLE = [
    "How many EVs did Nissan sell in 2023?",
    "hwo many cars did nisan sell",
    "How many more EVs did Tesla sell than BYD in 2023?",
    "Who is in the Toyota-led alliance?",
    "Why are Japanese automakers forming alliances?",
    "Who founded Toyota?",
]


def questions() -> list[str]:
    if DEV_SET.is_file():
        spec = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
        found = [case["q"] for case in spec.get("cases", [])]
        found += [turn["q"] for dialogue in spec.get("dialogues", []) for turn in dialogue["turns"]]
        return found
    return SAMPLE


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def latency(engine: Engine, asked: list[str], repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        for question in asked:
            started = time.perf_counter()
            engine.ask(question)
            timings.append((time.perf_counter() - started) * 1e6)
    return timings


def report_latency(label: str, timings: list[float]) -> None:
    print(
        f"{label}: {len(timings):,} answers, p50 {percentile(timings, 0.5):.0f} µs, "
        f"p99 {percentile(timings, 0.99):.0f} µs, max {max(timings):.0f} µs"
    )


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
        print(f"scale: {facts:,} facts loaded and indexed in {loaded:.1f} s; sample answer: {sample}")
        report_latency(f"scale latency ({facts:,} facts)", latency(engine, asked, repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--scale", type=int, default=100_000, help="facts in the synthetic scaling run (0 to skip)")
    options = parser.parse_args()
    asked = questions()
    engine = Engine.from_folder(default_knowledge_folder())
    latency(engine, asked, 5)  # warm up
    report_latency("latency (shipped knowledge)", latency(engine, asked, options.repeat))
    batch_throughput(asked, options.repeat)
    ask_wall_time()
    tui_first_paint()
    if options.scale:
        scaling(options.scale, max(options.repeat // 4, 20))


if __name__ == "__main__":
    main()
