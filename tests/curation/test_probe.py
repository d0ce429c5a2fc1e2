"""`factbot verify --probe`: the questions it writes, how it judges the answers, its report and exit code.

Each case is a tiny folder written for the test, so what is proven is the probe, not a shipped document.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from factbot.cli import ExitCode, main
from factbot.curation.probe import (
    ALIAS,
    ALL_PAIRS_UP_TO,
    COMPARE,
    KEYWORD,
    LOOKUP,
    WORDS,
    Outcome,
    SourceShare,
    comparison_pairs,
    distinctive_words,
    fact_questions,
    probe,
    probe_fact,
    statement_questions,
)
from factbot.curation.probe_report import render_text, report_data
from factbot.engine import Engine
from factbot.knowledge.model import Evidence, Fact
from factbot.results import Answer, Citation, Status
from knowledge_paths import ROOT
from tiny import RECORDS, TEXT, tiny_engine, tiny_folder

GADGETS_TEXT = TEXT + "Acme sold 30 gizmos in 2021.\n"
GADGETS = RECORDS.replace(
    "periods:",
    """  - {id: gadget-sales, name: sales, unit: gizmos, aliases: [sales]}
periods:""",
).replace(
    "statements:",
    """  - {id: acme-gadgets-2021, subject: acme, measure: gadget-sales, period: y2021, value: "30 gizmos",
     sentence: 7, quote: "Acme sold 30 gizmos in 2021"}
statements:""",
)
"""A measure named only by a word another measure answers to too ("sales"): no question asks for its fact alone."""

TWIN_TEXT = TEXT + "A later count says Acme sold 125 widgets in 2020.\n"
TWIN = RECORDS.replace(
    "statements:",
    """  - {id: acme-2020-again, subject: acme, measure: widget-sales, period: y2020, value: "125 widgets",
     sentence: 7, quote: "Acme sold 125 widgets in 2020"}
statements:""",
)
"""A second figure for Acme's 2020 sales: no question can ask for one and not the other."""


def test_every_record_of_the_tiny_folder_is_reached(tmp_path: Path) -> None:
    report = probe(tiny_engine(tmp_path))
    assert {record.id: record.outcome for record in report.records} == {
        "acme-2020": Outcome.REACHED,
        "acme-2021": Outcome.REACHED,
        "bolt-2021": Outcome.REACHED,
        "partnership": Outcome.REACHED,
        "no-gadgets": Outcome.REACHED,
        "factory-option": Outcome.REACHED,
        "below-normal": Outcome.REACHED,
    }
    assert report.shares == (SourceShare("tiny", 7, 7, 1, 1),)
    assert report.missed == ()
    (comparison,) = report.comparisons
    assert comparison.question.text == "Which had more widget sales, Acme or Bolt, in 2021?"
    assert comparison.outcome is Outcome.REACHED


def test_a_measure_named_only_by_a_shared_word_is_reported(tmp_path: Path) -> None:
    report = probe(tiny_engine(tmp_path, GADGETS, GADGETS_TEXT))
    (missed,) = report.missed
    assert missed.id == "acme-gadgets-2021"
    assert missed.outcome is not Outcome.REACHED
    assert report.shares[0].reached == 7 and report.shares[0].total == 8
    text = render_text(report)
    assert "'acme-gadgets-2021'" in text and "tiny.yaml:" in text
    assert "What was Acme's sales in 2021?" in text
    assert "PROBE       tiny: 7/8 records reached (88%); comparisons 1/1" in text
    assert text.endswith(f"not reached: 1 fact (level) {missed.outcome.value}\n")


def test_twin_facts_no_question_tells_apart_are_reported(tmp_path: Path) -> None:
    report = probe(tiny_engine(tmp_path, TWIN, TWIN_TEXT))
    assert {record.id for record in report.missed} == {"acme-2020", "acme-2020-again"}
    assert all(record.outcome is not Outcome.REACHED for record in report.missed)


class CannedEngine(Engine):
    """The tiny folder's knowledge, with answers chosen by the test: the judging, not the engine, is tested."""

    def __init__(self, engine: Engine, answer: Answer | Exception) -> None:
        super().__init__(engine.kb)
        self.canned = answer

    def ask(self, question: str, conversation: object = None) -> Answer:
        if isinstance(self.canned, Exception):
            raise self.canned
        return self.canned


def _citing(engine: Engine, sentence: int, text: str) -> Answer:
    found = engine.kb.citation(Evidence("tiny", sentence, "Acme"))
    return Answer(Status.ANSWERED, text, (Citation("tiny", sentence, found.quote, found.start, found.end),))


@pytest.mark.parametrize(
    ("sentence", "text", "status", "outcome"),
    [
        (1, "Acme's widget sales in 2020: 120 widgets.", Status.ANSWERED, Outcome.REACHED),
        (1, "Acme's widget sales in 2021: 150 widgets.", Status.ANSWERED, Outcome.MISDIRECTED),
        (2, "Bolt's widget sales in 2021: 120 widgets.", Status.ANSWERED, Outcome.MISDIRECTED),
        (1, "Acme's widget sales in 2020: 120 widgets.", Status.CLARIFY, Outcome.UNREACHED),
    ],
)
def test_a_fact_is_reached_only_by_its_sentence_and_its_figure(
    tmp_path: Path, sentence: int, text: str, status: Status, outcome: Outcome
) -> None:
    engine = tiny_engine(tmp_path)
    answer = _citing(engine, sentence, text)
    canned = CannedEngine(engine, Answer(status, answer.text, answer.citations))
    record = next(record for record in probe(canned).records if record.id == "acme-2020")
    assert record.outcome is outcome


def test_a_statement_needs_its_own_answer_not_only_its_sentence(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    right = probe(CannedEngine(engine, _citing(engine, 4, "Acme does not sell gadgets.")))
    wrong = probe(CannedEngine(engine, _citing(engine, 4, "Something else entirely.")))
    assert next(r for r in right.records if r.id == "no-gadgets").outcome is Outcome.REACHED
    assert next(r for r in wrong.records if r.id == "no-gadgets").outcome is Outcome.MISDIRECTED


def test_an_engine_that_raises_is_reported_and_the_probe_goes_on(tmp_path: Path) -> None:
    report = probe(CannedEngine(tiny_engine(tmp_path), IndexError("tuple index out of range")))
    assert len(report.missed) == len(report.records) == 7
    assert all(item.crashed and item.status == "error" for item in report.asked)
    assert 'CRASH       lookup: "What was Acme\'s widget sales in 2020?" -> error' in render_text(report)
    assert "IndexError: tuple index out of range" in render_text(report)


def test_the_questions_come_from_the_records_names(tmp_path: Path) -> None:
    records = RECORDS.replace("aliases: [Acme]", "aliases: [Acme, Acme Corp]")
    kb = tiny_engine(tmp_path, records).kb
    fact = next(fact for fact in kb.knowledge.facts if fact.id == "acme-2020")
    assert [(question.kind, question.text) for question in fact_questions(kb, fact)] == [
        (LOOKUP, "What was Acme's widget sales in 2020?"),
        (ALIAS, "What was Acme Corp's widgets sold in 2020?"),
    ]
    by_id = {statement.id: statement for statement in kb.knowledge.statements}
    assert [(q.kind, q.text) for q in statement_questions(kb, by_id["partnership"])] == [
        (KEYWORD, "When did Acme deal?"),
        (WORDS, "When did Acme Bolt formed?"),  # "partnership" is a group word, which questions skip
    ]
    (question,) = statement_questions(kb, by_id["factory-option"])
    assert (question.kind, question.text) == (WORDS, "What is said about Bolt and option buy factory?")
    assert distinctive_words(kb, "Acme does not sell gadgets.", kb.knowledge.entities["acme"]) == "sell gadgets"


def _fact(subject: str, value: int, change: bool = False) -> Fact:
    evidence = Evidence("s", 1, "q")
    return Fact(f"{subject}-{value}", subject, "m", Decimal(value), str(value), "p", None, evidence, is_change=change)


def test_comparisons_pair_levels_of_distinct_subjects_and_stay_linear_in_big_groups() -> None:
    facts = [_fact("a", 1), _fact("b", 2), _fact("c", 3), _fact("a", 4), _fact("d", 5, change=True)]
    assert [(first.id, second.id) for first, second in comparison_pairs(facts)] == [("b-2", "c-3")]
    many = [_fact(f"s{number}", number) for number in range(ALL_PAIRS_UP_TO + 5)]
    assert len(list(comparison_pairs(many))) == len(many) - 1
    few = many[:ALL_PAIRS_UP_TO]
    assert len(list(comparison_pairs(few))) == len(few) * (len(few) - 1) // 2


def test_the_json_report_holds_every_record_and_question(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tiny_folder(tmp_path, GADGETS, GADGETS_TEXT)
    assert main(["verify", "-k", str(folder), "--probe", "-f", "json"]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["exit_code"] == 0
    probed = data["probe"]
    assert {key: probed[key] for key in ("reached", "total", "share")} == {"reached": 7, "total": 8, "share": 0.875}
    assert probed["sources"] == [
        {"source": "tiny", "reached": 7, "total": 8, "share": 0.875, "compared": 1, "comparisons": 1}
    ]
    (kind,) = probed["missed_by_kind"]
    assert kind["record"] == "fact (level)" and kind["count"] == 1
    record = next(record for record in probed["records"] if record["id"] == "acme-gadgets-2021")
    assert set(record) == {"id", "kind", "detail", "source", "where", "outcome", "questions"}
    assert (record["kind"], record["detail"], record["source"]) == ("fact", "level", "tiny")
    assert record["outcome"] != "reached" and record["where"].endswith(tuple("0123456789"))
    question = record["questions"][0]
    assert set(question) == {"kind", "question", "records", "status", "outcome", "answer", "cited"}
    assert question["records"] == ["acme-gadgets-2021"]
    assert [item["kind"] for item in probed["comparisons"]] == [COMPARE]
    assert probed["questions"] == sum(len(item["questions"]) for item in probed["records"]) + 1
    assert report_data(probe(tiny_engine(tmp_path / "again"))).keys() == probed.keys()


def test_unreached_records_keep_verify_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The probe reports; it never fails a verify that passed (its questions are guesses at a user's words)."""
    folder = tiny_folder(tmp_path, GADGETS, GADGETS_TEXT)
    assert main(["verify", "-k", str(folder), "--probe"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "verify passed" in out and "'acme-gadgets-2021'" in out and "7/8 records reached" in out
    uncovered = tiny_folder(tmp_path / "uncovered", GADGETS, GADGETS_TEXT + "An uncurated sentence.\n")
    assert main(["verify", "-k", str(uncovered), "--probe"]) == ExitCode.NOT_ANSWERED
    out = capsys.readouterr().out
    assert "verify FAILED" in out and "7/8 records reached" in out


def test_a_folder_that_does_not_load_is_not_probed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tiny_folder(tmp_path, RECORDS.replace("subject: bolt", "subject: nobody"))
    assert main(["verify", "-k", str(folder), "--probe"]) == ExitCode.NOT_ANSWERED
    assert "probe: skipped, the folder does not load" in capsys.readouterr().out
    assert main(["verify", "-k", str(folder), "--probe", "-f", "json"]) == ExitCode.NOT_ANSWERED
    assert json.loads(capsys.readouterr().out)["probe"] is None


def test_probe_does_not_go_with_answers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--probe", "--answers", str(tmp_path / "a.jsonl")]) == ExitCode.USAGE
    assert "--probe" in capsys.readouterr().err


@pytest.mark.parametrize("folder", ["knowledge", "examples/energy", "examples/agriculture", "examples/companies"])
def test_the_shipped_folders_stay_reachable(folder: str) -> None:
    """A floor, not the figure: a change that makes the engine miss many records of a real document fails here."""
    report = probe(Engine.from_folder(ROOT / folder, cache=False))
    assert report.reached / len(report.records) >= 0.9, render_text(report)
    assert not any(item.crashed for item in report.asked), render_text(report)


def test_the_readme_curation_workflow_runs_as_written(tmp_path: Path) -> None:
    """The five commands of the README, run in a shell as a reader would, each exits 0 and the probe reports."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Curating a new document", 1)[1].split("###", 1)[0]
    commands = [line.split("  #")[0].strip() for line in section.splitlines() if line.startswith("    factbot ")]
    assert [command.split()[1] for command in commands] == ["init", "sentences", "draft", "verify", "verify"]
    assert commands[-1].endswith("--probe")
    (tmp_path / "article.txt").write_text(
        "Acme in brief\nAcme sold 4 million widgets in 2023. Bolt sold 2 million widgets in 2023.\n"
        "On March 9, 2024, Acme said it would open a plant because demand grew.\n",
        encoding="utf-8",
    )
    factbot = f"{shlex.quote(sys.executable)} -m factbot"
    for command in commands:
        done = subprocess.run(
            command.replace("factbot ", f"{factbot} "), shell=True, cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    assert "records reached" in done.stdout


def test_a_change_stated_of_a_level_is_asked_as_the_change(tmp_path: Path) -> None:
    text = TEXT + "Bolt's widget sales rose by 10 widgets in 2021.\n"
    records = RECORDS.replace(
        "statements:\n",
        "  - {id: bolt-rise, subject: bolt, measure: widget-sales, period: y2021, change: '+10 widgets',"
        ' sentence: 7, quote: "Bolt\'s widget sales rose by 10 widgets in 2021"}\nstatements:\n',
    )
    engine = tiny_engine(tmp_path, records, text)
    fact = next(fact for fact in engine.kb.knowledge.facts if fact.id == "bolt-rise")
    (question, *_) = fact_questions(engine.kb, fact)
    assert question.text == "What was the change in Bolt's widget sales in 2021?"
    assert probe_fact(engine, fact).outcome is Outcome.REACHED, engine.ask(question.text).text
