"""The scale benchmark's generator writes a folder that verifies, the same one every time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factbot.engine import Engine
from factbot.results import Status
from factbot.verification.findings import FAILURE
from factbot.verification.verify import verify_folder
from knowledge_paths import ROOT


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_knowledge", ROOT / "benchmarks" / "make_knowledge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_knowledge"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_knowledge() -> ModuleType:
    return _generator()


def _one_letter_apart(first: str, second: str) -> bool:
    return len(first) == len(second) and sum(a != b for a, b in zip(first, second, strict=True)) == 1


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_generated_folder_verifies_without_failures(make_knowledge: ModuleType, tmp_path: Path) -> None:
    made = make_knowledge.generate(400, tmp_path / "k")
    report = verify_folder(tmp_path / "k")
    failures = [finding for finding in report.findings if finding.level == FAILURE]
    assert failures == []
    assert len(made.facts) == 400
    assert made.sources == 8
    assert len(list((tmp_path / "k").glob("*.yaml"))) == 8 + 1  # one file per source, and lexicon.yaml


def test_generation_is_deterministic_for_a_given_size_and_seed(make_knowledge: ModuleType, tmp_path: Path) -> None:
    make_knowledge.generate(150, tmp_path / "a")
    make_knowledge.generate(150, tmp_path / "b")
    make_knowledge.generate(150, tmp_path / "c", seed=8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_generated_folder_is_varied(make_knowledge: ModuleType, tmp_path: Path) -> None:
    """Several aliases per company, near-homonyms, overlapping measures, every kind of period, statements."""
    made = make_knowledge.generate(2000, tmp_path / "k")
    text = "\n".join(path.read_text(encoding="utf-8") for path in (tmp_path / "k").glob("*.yaml"))
    assert made.statements > 100
    assert sum(len(company.aliases) >= 3 for company in made.companies) > len(made.companies) // 2
    stems = [company.name.split()[0] for company in made.companies]
    assert any(_one_letter_apart(a, b) for a in stems for b in stems), "no near-homonyms"
    for period in ('aliases: ["2023"]', 'aliases: ["2022/23"]', 'aliases: ["Q1 2024"]', 'aliases: ["March 31, 2024"]'):
        assert period in text
    assert "change:" in text and "market:" in text and "date:" in text and "context:" in text
    assert len({fact.measure for fact in made.facts}) >= 30


def test_generated_facts_answer_as_generated(make_knowledge: ModuleType, tmp_path: Path) -> None:
    made = make_knowledge.generate(300, tmp_path / "k")
    engine = Engine.from_folder(tmp_path / "k")
    fact = next(fact for fact in made.facts if not fact.is_change and fact.market is None)
    measure = engine.kb.measures[fact.measure].name
    answer = engine.ask(f"What was {fact.subject_name}'s {measure} {fact.period_text}?")
    assert answer.status is Status.ANSWERED
    assert fact.value_text in answer.text
    assert fact.sentence_text in [citation.quote for citation in answer.citations]
