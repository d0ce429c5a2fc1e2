"""Re-checking stored answers: citations against the sources, figures against quotes and working."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.model import Knowledge
from factbot.verification.saved_answers import render_json, render_text, verify_answer, verify_answer_lines

SHIPPED = Path(__file__).resolve().parents[1] / "knowledge"
SOURCE = "automakers-alliance"


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(SHIPPED)


def cite(knowledge: Knowledge, number: int) -> dict[str, Any]:
    """A citation of a whole sentence, as the engine writes one."""
    sentence = knowledge.sources[SOURCE].sentence(number)
    assert sentence is not None
    return {"source": SOURCE, "sentence": number, "quote": sentence.text, "start": sentence.start, "end": sentence.end}


def record(
    answer: str, citations: list[dict[str, Any]], working: list[str] = (), status: str = "answered"
) -> dict[str, Any]:  # type: ignore[assignment]
    return {
        "id": "r1",
        "question": "q",
        "status": status,
        "answer": answer,
        "citations": citations,
        "intent": "difference",
        "confidence": 0.9,
        "options": [],
        "working": list(working),
    }


DIFFERENCE = (
    "Tesla's electric vehicle sales in 2023 exceeded BYD's by 230,000 electric vehicles "
    "(1.8 million − 1.57 million = 230,000)."
)


def test_a_good_record_passes(knowledge: Knowledge) -> None:
    good = record(DIFFERENCE, [cite(knowledge, 25)], ["1.8 million − 1.57 million = 230,000"])
    assert verify_answer(knowledge, good) == ()


@pytest.mark.parametrize(
    ("answer", "citations", "working"),
    [
        ("BYD sold 82.6 times Honda's (1.57 million ÷ 19,000 = 82.6).", [25], ["1.57 million ÷ 19,000 = 82.6"]),
        ("Honda's share is 49.1%.", [11, 12], ["4.1 million ÷ 8.35 million = 49.1%"]),
        ("Together: 159,000.", [25], ["140,000 + 19,000 = 159,000"]),
        ("Average 19.9% ((22.6% + 20.0% + 17.0%) ÷ 3 = 19.9%).", [22], ["(22.6% + 20.0% + 17.0%) ÷ 3 = 19.9%"]),
        ("It fell by 7.7 percentage points.", [22, 24], ["14.9% − 22.6% = −7.7 percentage points"]),
        ("In 2023 Honda sold 19,000 electric vehicles (automakers-alliance:25, sentence 25).", [25], []),
        ("Highest first: 1. Honda (4.1 million vehicles), 2. Nissan (3.44 million vehicles).", [11], []),
        (
            "The Toyota-led alliance has 6 members named in the article "
            "(Toyota, Daihatsu, Suzuki, Subaru, Mazda and Hino).",
            [13],
            [],
        ),
        ("Japan's share fell in the first half of 2024 to 14.9%.", [24], []),
    ],
)
def test_figures_that_follow_from_quotes_and_working_pass(
    knowledge: Knowledge, answer: str, citations: list[int], working: list[str]
) -> None:
    assert verify_answer(knowledge, record(answer, [cite(knowledge, n) for n in citations], working)) == ()


def test_a_changed_figure_in_the_answer_fails(knowledge: Knowledge) -> None:
    changed = record(
        DIFFERENCE.replace("by 230,000", "by 240,000"), [cite(knowledge, 25)], ["1.8 million − 1.57 million = 230,000"]
    )
    assert verify_answer(knowledge, changed) == (
        "figure '240,000' is in no cited quote and follows from no working shown",
    )


def test_working_whose_arithmetic_does_not_hold_fails(knowledge: Knowledge) -> None:
    wrong = record(
        DIFFERENCE.replace("230,000", "240,000"), [cite(knowledge, 25)], ["1.8 million − 1.57 million = 240,000"]
    )
    assert verify_answer(knowledge, wrong) == (
        "working line 1 ('1.8 million − 1.57 million = 240,000'): '240,000' does not follow: the operands give 230000",
        "figure '240,000' is in no cited quote and follows from no working shown",
        "figure '240,000' is in no cited quote and follows from no working shown",
    )


def test_working_rounded_beyond_its_shown_precision_fails(knowledge: Knowledge) -> None:
    wrong = record("49.2%", [cite(knowledge, 11), cite(knowledge, 12)], ["4.1 million ÷ 8.35 million = 49.2%"])
    problems = verify_answer(knowledge, wrong)
    assert (
        problems[0]
        == "working line 1 ('4.1 million ÷ 8.35 million = 49.2%'): '49.2%' does not follow: the operands give 0.491"
    )


def test_working_on_a_figure_no_quote_states_fails(knowledge: Knowledge) -> None:
    wrong = record("330,000", [cite(knowledge, 25)], ["1.9 million − 1.57 million = 330,000"])
    problems = verify_answer(knowledge, wrong)
    assert (
        problems[0]
        == "working line 1 ('1.9 million − 1.57 million = 330,000'): uses '1.9 million', which no cited quote states"
    )
    assert problems[-1] == "figure '330,000' is in no cited quote and follows from no working shown"


def test_a_figure_from_an_uncited_sentence_fails(knowledge: Knowledge) -> None:
    assert verify_answer(knowledge, record("Honda sold 4.1 million vehicles.", [cite(knowledge, 25)])) == (
        "figure '4.1 million' is in no cited quote and follows from no working shown",
    )


def test_a_tampered_quote_fails(knowledge: Knowledge) -> None:
    citation = cite(knowledge, 25)
    citation["quote"] = citation["quote"].replace("1.8 million", "1.9 million")
    problems = verify_answer(knowledge, record(DIFFERENCE, [citation], ["1.8 million − 1.57 million = 230,000"]))
    assert problems[0].startswith(
        "citation 1: quote differs from automakers-alliance at 3358-3559, which reads 'In the global"
    )
    assert problems[0].endswith("; the quote is not in the source")
    # with its only citation void, the figures rest on nothing any more
    assert "figure '1.8 million' is in no cited quote and follows from no working shown" in problems


def test_wrong_offsets_fail(knowledge: Knowledge) -> None:
    citation = cite(knowledge, 25)
    citation["start"] += 1
    citation["end"] += 1
    problems = verify_answer(knowledge, record(DIFFERENCE, [citation], ["1.8 million − 1.57 million = 230,000"]))
    assert problems[0].startswith("citation 1: quote differs from automakers-alliance at 3359-3560")
    assert problems[0].endswith("; the quote is at 3358-3559")
    assert problems[1] == "citation 1: offsets 3359-3560 are outside sentence 25 of automakers-alliance (3358-3559)"


def test_a_citation_must_name_the_sentence_it_quotes(knowledge: Knowledge) -> None:
    citation = cite(knowledge, 25) | {"sentence": 24}
    problems = verify_answer(knowledge, record("No figures here.", [citation]))
    assert problems == ("citation 1: offsets 3358-3559 are outside sentence 24 of automakers-alliance (3271-3357)",)
    unknown = cite(knowledge, 25) | {"source": "nowhere"}
    assert verify_answer(knowledge, record("No figures.", [unknown])) == ("citation 1: unknown source 'nowhere'",)
    missing = cite(knowledge, 25) | {"sentence": 99}
    assert verify_answer(knowledge, record("No figures.", [missing])) == (
        "citation 1: sentence 99 does not exist: automakers-alliance has 27 sentences",
    )


def test_records_not_answered_pass_on_valid_citations_alone(knowledge: Knowledge) -> None:
    assert verify_answer(knowledge, record("Which one: 999?", [cite(knowledge, 11)], status="clarify")) == ()
    broken = cite(knowledge, 11) | {"end": 5}
    assert verify_answer(knowledge, record("I can't say.", [broken], status="unknown")) != ()


def test_an_answer_without_citations_fails(knowledge: Knowledge) -> None:
    assert verify_answer(knowledge, record("Yes.", [])) == ("an answered record must cite at least one sentence",)


def test_lines_give_one_verdict_each_and_survive_malformed_ones(knowledge: Knowledge) -> None:
    good = record(DIFFERENCE, [cite(knowledge, 25)], ["1.8 million − 1.57 million = 230,000"])
    bad = good | {"id": "r2", "answer": DIFFERENCE.replace("by 230,000", "by 240,000")}
    lines = [json.dumps(good) + "\n", "\n", "{not json\n", json.dumps(bad) + "\n", "[1, 2]\n", json.dumps({"id": "r5"})]
    report = verify_answer_lines(knowledge, lines)
    assert [(verdict.id, verdict.ok, verdict.line) for verdict in report.verdicts] == [
        ("r1", True, 1),
        ("line 3", False, 3),
        ("r2", False, 4),
        ("line 5", False, 5),
        ("r5", False, 6),
    ]
    assert report.verdicts[1].problems[0].startswith("line 3 is not valid JSON")
    assert report.verdicts[3].problems == ("the record is not a JSON object",)
    assert report.verdicts[4].problems == ("field 'citations' must be a list",)
    assert report.exit_code == 1
    text = render_text(report)
    assert "ok      r1" in text
    assert "FAILED  r2\n        - figure '240,000' is in no cited quote" in text
    assert text.rstrip().endswith("answers: 5 checked, 1 ok, 4 failed")
    data = json.loads(render_json(report))
    assert data["summary"] == {"records": 5, "ok": 1, "failed": 4}
    assert data["verdicts"][0] == {"id": "r1", "line": 1, "ok": True, "problems": []}


def test_all_good_lines_exit_zero(knowledge: Knowledge) -> None:
    good = record(DIFFERENCE, [cite(knowledge, 25)], ["1.8 million − 1.57 million = 230,000"])
    report = verify_answer_lines(knowledge, [json.dumps(good)])
    assert report.exit_code == 0
    assert json.loads(render_json(report))["ok"] is True
