"""Print how long the slowest questions take: every stage must be near-linear in the question's length.

    python benchmarks/bench_worst_case.py [--repeat 5] [--length 2000]

Each case is a question built to stress one stage (NFKC expansion, typo correction,
phrase matching across stopwords, cue and measure search inside long phrases,
statement scoring, numbers, claims), cut to `--length` characters (the engine's
limit is 2,000). For each, the best and median time of `Engine.ask` and
`Engine.check` over `--repeat` runs is printed, then the worst overall against the
20 ms budget. Figures, not assertions: timing tests are flaky on shared machines;
tests/test_bounded_time.py checks operation counts instead.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from factbot.engine import MAX_QUESTION_CHARS, MAX_WORDS, Engine
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import CUE, MEASURE
from factbot.knowledge.text import word_count
from factbot.paths import default_knowledge_folder

BUDGET_MS = 20.0


def worst_cases(kb: KnowledgeBase) -> dict[str, str]:
    """Named questions, each repeating a pattern that stresses one stage."""
    stop = sorted(kb.stopwords)
    loose = max((key for key, targets in kb.loose_phrases.items() if any(t.kind == MEASURE for t in targets)), key=len)
    cues = [" ".join(key) for key, targets in kb.phrases.items() if any(t.kind == CUE for t in targets)]
    names = [alias for entity in kb.entities.values() for alias in entity.aliases]
    measures = [alias for measure in kb.measures.values() for alias in measure.aliases]
    keywords = [word for statement in kb.knowledge.statements for word in statement.keywords]
    vocabulary = sorted(kb.spelling_words) if hasattr(kb, "spelling_words") else sorted(kb.routing_words)
    shuffle = random.Random(9)
    typos = ["".join(shuffle.sample(word, len(word))) for word in vocabulary if len(word) > 3]
    return {
        "NFKC expansion (⒜ → (a))": "⒜" * MAX_QUESTION_CHARS,
        "ligatures (ﬃ → ffi)": "ﬃ " * MAX_QUESTION_CHARS,
        "NFKC expansion x18 (ﷺ → 4 words)": "ﷺ" * MAX_QUESTION_CHARS,
        f"{MAX_WORDS} words of ﷺ (the word limit)": "ﷺ" * (MAX_WORDS // 4),
        "parenthesised numbers (⒇ → (20))": "⒇" * MAX_QUESTION_CHARS,
        f"{MAX_WORDS} claimed figures (⒇)": "⒇" * MAX_WORDS,
        "figures and percent signs": "1%" * MAX_QUESTION_CHARS,
        f"{MAX_WORDS // 2} figures with percent": "1%" * (MAX_WORDS // 2),
        "fullwidth digits": "１" * MAX_QUESTION_CHARS,
        "a measure phrase spread over stopwords": " ".join([loose[0], *(stop[0] for _ in range(1000)), *loose[1:]]),
        "a measure phrase spread over ⒜ (NFKC)": " ".join([loose[0], "⒜" * 1980, *loose[1:]]),
        "measure phrases interleaved with stopwords": " ".join(
            word for _ in range(200) for word in (loose[0], stop[1], *loose[1:])
        ),
        "every cue phrase": " ".join(cues * 40),
        "every entity name": " ".join(names * 20),
        "every measure alias": " ".join(measures * 20),
        "statement keywords": " ".join(keywords * 20),
        "typos of known words": " ".join(typos * 20),
        "unknown capitalised names": " ".join(f"Xq{index}zv" for index in range(400)),
        "one long word": "a" * MAX_QUESTION_CHARS,
        "apostrophes": "a'" * MAX_QUESTION_CHARS,
        "stopwords only": " ".join(stop * 60),
        "digits": "9" * MAX_QUESTION_CHARS,
        "grouped numbers": "1,000,000 million " * 200,
        "claimed figures": "Nissan sold about 140,000 more than 30 under 20,000 EVs in 2023 " * 40,
        "Toyota's alliance repeated": "Toyota's alliance " * 200,
        "hyphen chains": "Honda-Nissan-" * 200,
        "combining accents": "e\u0301" * MAX_QUESTION_CHARS,
        "random vocabulary": " ".join(shuffle.choice(vocabulary) for _ in range(600)),
        **{
            f"random vocabulary, {MAX_WORDS} words (seed {seed})": random_words(vocabulary, MAX_WORDS, seed)
            for seed in range(5)
        },
        f"stopwords, {MAX_WORDS} words": " ".join(stop[index % len(stop)] for index in range(MAX_WORDS)),
        f"a measure phrase spread over {MAX_WORDS - 5} stopwords": " ".join(
            [loose[0], *(stop[0] for _ in range(MAX_WORDS - 5)), *loose[1:]]
        ),
    }


def random_words(vocabulary: list[str], count: int, seed: int) -> str:
    choose = random.Random(seed).choice
    return " ".join(choose(vocabulary) for _ in range(count))


def timed(call: Callable[[], object], repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--length", type=int, default=MAX_QUESTION_CHARS)
    options = parser.parse_args()
    engine = Engine.from_folder(default_knowledge_folder())
    engine.ask("How many EVs did Nissan sell in 2023?")  # warm up
    print(f"{'case':<46} {'chars':>5} {'words':>5}  {'ask best/median ms':>19}  {'check best/median ms':>21}")
    worst = ("", 0.0)
    for name, text in worst_cases(engine.kb).items():
        question = text[: options.length]
        ask = timed(lambda question=question: engine.ask(question), options.repeat)
        check = timed(lambda question=question: engine.check(question), options.repeat)
        refused = "  (refused: too many words)" if "too many words" in engine.ask(question).text else ""
        print(
            f"{name:<46} {len(question):>5} {word_count(question):>5}"
            f"  {min(ask):>8.2f} / {statistics.median(ask):>8.2f}"
            f"  {min(check):>9.2f} / {statistics.median(check):>9.2f}{refused}"
        )
        worst = max(worst, (name, statistics.median(ask)), (name, statistics.median(check)), key=lambda item: item[1])
    verdict = "within" if worst[1] <= BUDGET_MS else "OVER"
    print(f"worst median: {worst[1]:.2f} ms ({worst[0]}), {verdict} the {BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
