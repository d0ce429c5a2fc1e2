"""Print factbot's scale table: cold and warm start, memory, per-question latency and batch speed.

    python benchmarks/bench_scale.py                      # 1k, 10k and 100k facts
    python benchmarks/bench_scale.py --sizes 1000 1000000 --questions 300

For each size, `make_knowledge.py` writes a realistic folder (N/50 sources), then separate
processes measure, each from its own start:

- cold: compile the folder with an empty cache, then answer one question (wall time, peak RSS);
- warm: the same with the cache the cold run wrote (wall time to the first answer, peak RSS);
- p50 / p99: per-question time in one warm process over a mix of lookups, comparisons,
  typos and unanswerable questions (names and periods the folder does not hold);
- batch: `factbot batch` over thousands of those questions, questions per second, start-up included.

It also checks the answers: each lookup and comparison must state the figures of the facts
it was made from and cite their sentences, and every unanswerable question must stay
unanswered. Figures are printed, not asserted (timing tests are flaky); a wrong answer
makes the script exit 1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_knowledge import MEASURES, FactRecord, Generated, generate

CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
from pathlib import Path
from factbot.engine import Engine
engine = Engine.from_folder(Path(sys.argv[1]))
loaded = time.perf_counter()
engine.ask(sys.argv[2])
answered = time.perf_counter()
print(json.dumps({"load": loaded - started, "first": answered - started,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

LATENCY = r"""
import gc, json, resource, sys, time
from pathlib import Path
from factbot.engine import Engine
engine = Engine.from_folder(Path(sys.argv[1]))
cases = json.loads(Path(sys.argv[2]).read_text())
rounds = int(sys.argv[3])
timings, results = [], []
for round in range(rounds):
    for case in cases:
        started = time.perf_counter()
        answer = engine.ask(case["q"])
        timings.append(time.perf_counter() - started)
        if round == 0:
            results.append({"status": answer.status.value, "text": answer.text,
                            "cited": [citation.quote for citation in answer.citations]})
print(json.dumps({"timings": timings, "results": results,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def questions(made: Generated, count: int, seed: int = 1) -> list[dict[str, object]]:
    """A mix of lookups, comparisons, typos and unanswerable questions, each with what its answer must show."""
    rng = random.Random(seed)
    levels = [fact for fact in made.facts if not fact.is_change]
    quarter = max(count // 4, 1)
    cases: list[dict[str, object]] = []
    for fact in rng.sample(levels, min(quarter, len(levels))):
        cases.append({"kind": "lookup", "q": _lookup(fact), "values": [fact.value_text], "cites": [fact.sentence_text]})
    groups: dict[tuple[str, str, str | None], list[FactRecord]] = defaultdict(list)
    for fact in levels:
        if fact.exact:
            groups[(fact.measure, fact.period, fact.market)].append(fact)
    pairs = [group for group in groups.values() if len({fact.subject for fact in group}) >= 2]
    for group in rng.sample(pairs, min(quarter, len(pairs))):
        first, second = rng.sample(group, 2)
        if first.subject == second.subject:
            continue
        name = MEASURES[first.measure].name
        where = f" in {first.market_name}" if first.market_name else ""
        question = f"What is the difference between {first.subject_name}'s and {second.subject_name}'s {name}{where} "
        cases.append(
            {
                "kind": "comparison",
                "q": question + f"{first.period_text}?",
                "values": [first.value_text, second.value_text],
                "cites": [first.sentence_text, second.sentence_text],
            }
        )
    for fact in rng.sample(levels, min(quarter, len(levels))):
        cases.append({"kind": "typo", "q": _lookup(fact, _typo(fact.subject_name, rng)), "values": [fact.value_text]})
    for index in range(quarter):
        fact = rng.choice(levels)
        if index % 2:
            name = made.missing_names[index % len(made.missing_names)]
            question = _lookup(fact, name)
        else:
            year = made.missing_years[index % len(made.missing_years)]
            question = f"What was {fact.subject_name}'s {MEASURES[fact.measure].name} in {year}?"
        cases.append({"kind": "unanswerable", "q": question})
    return cases


def _lookup(fact: FactRecord, subject: str | None = None) -> str:
    where = f" in {fact.market_name}" if fact.market_name else ""
    return f"What was {subject or fact.subject_name}'s {MEASURES[fact.measure].name}{where} {fact.period_text}?"


def _typo(name: str, rng: random.Random) -> str:
    """Two neighbouring letters of the name's first word swapped ("Norvik" -> "Novrik")."""
    word, _, rest = name.partition(" ")
    index = rng.randrange(1, len(word) - 2)
    word = word[:index] + word[index + 1] + word[index] + word[index + 2 :]
    return f"{word} {rest}".strip()


def check(case: dict[str, object], result: dict[str, object]) -> bool:
    if case["kind"] == "unanswerable":
        return result["status"] != "answered"
    values = case.get("values", [])
    cites = case.get("cites", [])
    stated = result["status"] == "answered" and all(str(value) in str(result["text"]) for value in values)  # type: ignore[attr-defined]
    return stated and all(sentence in result["cited"] for sentence in cites)  # type: ignore[operator]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_child(code: str, *arguments: str, environment: dict[str, str]) -> tuple[dict[str, object], float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments], capture_output=True, text=True, env=environment, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1]), elapsed


def measure(size: int, work: Path, count: int, rounds: int, batch_size: int) -> dict[str, object]:
    folder = work / f"k{size}"
    started = time.perf_counter()
    made = generate(size, folder)
    generated = time.perf_counter() - started
    cases = questions(made, count)
    cases_file = work / f"questions-{size}.json"
    cases_file.write_text(json.dumps(cases), encoding="utf-8")
    cache_home = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    environment.pop("FACTBOT_NO_CACHE", None)
    first = str(cases[0]["q"])
    cold, cold_wall = run_child(CHILD, str(folder), first, environment=environment)
    warm, warm_wall = run_child(CHILD, str(folder), first, environment=environment)
    latency, _ = run_child(LATENCY, str(folder), str(cases_file), str(rounds), environment=environment)
    timings = [value * 1000 for value in latency["timings"]]  # type: ignore[union-attr]
    outcomes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for case, result in zip(cases, latency["results"], strict=True):  # type: ignore[call-overload]
        right = check(case, result)
        outcomes[str(case["kind"])][0] += right
        outcomes[str(case["kind"])][1] += 1
        if not right and case["kind"] != "typo":
            failures.append((case["q"], result["status"], str(result["text"])[:160]))
    batch_file = work / f"batch-{size}.txt"
    asked = [str(case["q"]) for case in cases]
    batch_file.write_text("\n".join(asked[index % len(asked)] for index in range(batch_size)) + "\n", encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        ["factbot", "batch", str(batch_file), "-k", str(folder), "--format", "jsonl", "--quiet"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=environment,
    )
    batch_wall = time.perf_counter() - started
    return {
        "size": size,
        "sources": made.sources,
        "generated": generated,
        "cold": cold_wall,
        "warm": warm_wall,
        "rss_cold": cold["rss"],
        "rss_warm": max(float(warm["rss"]), float(latency["rss"])),  # type: ignore[arg-type]
        "p50": percentile(timings, 0.5),
        "p99": percentile(timings, 0.99),
        "qps": batch_size / batch_wall,
        "outcomes": dict(outcomes),
        "failures": failures,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--questions", type=int, default=400, help="questions in the mix (a quarter of each kind)")
    parser.add_argument("--rounds", type=int, default=3, help="times the mix is asked for p50/p99")
    parser.add_argument("--batch", type=int, default=4000, help="questions in the batch run")
    parser.add_argument("--work", type=Path, help="where to write the folders (default: a temporary folder)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="factbot-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"factbot scale benchmark in {work} ({os.cpu_count()} CPUs, Python {sys.version.split()[0]})")
    header = (
        f"{'facts':>9} {'sources':>7} {'cold s':>7} {'warm s':>7} {'RSS warm MB':>11} {'RSS cold MB':>11} "
        f"{'p50 ms':>7} {'p99 ms':>7} {'batch q/s':>9}  answers right (lookup, comparison, typo, unanswerable)"
    )
    print(header)
    rows = []
    wrong = 0
    for size in options.sizes:
        row = measure(size, work, options.questions, options.rounds, options.batch)
        rows.append(row)
        outcomes = row["outcomes"]
        right = ", ".join(
            f"{outcomes[kind][0]}/{outcomes[kind][1]}"  # type: ignore[index]
            for kind in ("lookup", "comparison", "typo", "unanswerable")
            if kind in outcomes  # type: ignore[operator]
        )
        print(
            f"{size:>9,} {row['sources']:>7,} {row['cold']:>7.2f} {row['warm']:>7.2f} {row['rss_warm']:>11.0f} "
            f"{row['rss_cold']:>11.0f} {row['p50']:>7.2f} {row['p99']:>7.2f} {row['qps']:>9,.0f}  {right}",
            flush=True,
        )
        for question, status, text in row["failures"][:5]:  # type: ignore[index]
            print(f"    WRONG ({status}): {question} -> {text}")
        wrong += len(row["failures"])  # type: ignore[arg-type]
    if len(rows) > 1:
        growth = float(rows[-1]["p50"]) / float(rows[0]["p50"])  # type: ignore[arg-type]
        print(f"per-question p50 grows {growth:.2f}x from {rows[0]['size']:,} to {rows[-1]['size']:,} facts")
    print("typos are reported, not required: a misspelt name may be nearer another name than the one meant")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
