"""Score `factbot check` against a claims set (`claims:` with `claim` and `verdict`), per verdict.

    python benchmarks/score_claims.py ../shared/corpus/energy/claims.yaml --knowledge examples/energy

Prints each miss, then the score; `wrong` counts claims given the opposite verdict (supported
for refuted or the reverse), the worst mistake a checker can make.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from factbot.engine import Engine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=Path)
    parser.add_argument("--knowledge", type=Path, required=True)
    options = parser.parse_args()
    engine = Engine.from_folder(options.knowledge)
    cases = yaml.safe_load(options.claims.read_text(encoding="utf-8"))["claims"]
    right, wrong = 0, 0
    by_verdict: Counter[str] = Counter()
    for case in cases:
        answer = engine.check(case["claim"])
        got, expected = answer.status.value, case["verdict"]
        if got == expected:
            right += 1
            by_verdict[expected] += 1
            continue
        if {got, expected} == {"supported", "refuted"}:
            wrong += 1
        print(f"MISS {case['id']}: {case['claim']}\n     expected {expected}, got {got}: {answer.text[:160]}")
    print(f"claims right {right}/{len(cases)}; wrong {wrong}; by verdict {dict(by_verdict)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
