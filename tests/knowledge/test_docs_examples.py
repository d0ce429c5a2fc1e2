"""docs/knowledge.md is what a new curator reads: its examples load, and it documents every field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from factbot.knowledge import schema
from factbot.knowledge.lexicon import LEXICON_FIELDS
from factbot.knowledge.loader import ARTICLE_FIELDS, load_knowledge
from factbot.verification.verify import FAILURE, verify_folder
from knowledge_paths import ROOT

GUIDE = (ROOT / "docs" / "knowledge.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE, flags=re.S)


def worked_example(tmp_path: Path) -> Path:
    [text] = blocks("text")
    source_file = next(block for block in blocks("yaml") if block.startswith("source:"))
    path = re.search(r"file: (\S+?)}", source_file)
    assert path is not None
    folder = tmp_path / "example"
    (folder / path.group(1)).parent.mkdir(parents=True)
    (folder / path.group(1)).write_text(text, encoding="utf-8")
    (folder / "example.yaml").write_text(source_file, encoding="utf-8")
    return folder


def test_the_worked_example_loads_and_verifies(tmp_path: Path) -> None:
    folder = worked_example(tmp_path)
    knowledge = load_knowledge(folder)
    assert len(knowledge.facts) == 8 and knowledge.statements
    report = verify_folder(folder)
    assert report.count(FAILURE) == 0, [finding.message for finding in report.findings]


def test_the_lexicon_example_is_a_valid_folder_lexicon(tmp_path: Path) -> None:
    folder = worked_example(tmp_path)
    snippet = next(block for block in blocks("yaml") if block.startswith("abbreviations:"))
    (folder / "lexicon.yaml").write_text(snippet, encoding="utf-8")
    assert load_knowledge(folder).lexicon.abbreviations["ev"] == "electric vehicle"


FIELD_SPECS = [
    schema.SOURCE_FIELDS,
    schema.ENTITY_FIELDS,
    schema.MEASURE_FIELDS,
    schema.PERIOD_FIELDS,
    schema.FACT_FIELDS,
    schema.STATEMENT_FIELDS,
    schema.CLAIM_FREE_FIELDS,
    ARTICLE_FIELDS,
]


@pytest.mark.parametrize("name", sorted({name for spec in FIELD_SPECS for name in spec}))
def test_every_record_field_is_documented(name: str) -> None:
    assert f"`{name}`" in GUIDE


@pytest.mark.parametrize("name", ["abbreviations", "case_sensitive_abbreviations", "fillers", "intents"])
def test_the_lexicon_sections_a_curator_needs_are_documented(name: str) -> None:
    assert name in LEXICON_FIELDS and name in GUIDE


SECTION_FIELDS = {"entities": schema.ENTITY_FIELDS, "measures": schema.MEASURE_FIELDS, "facts": schema.FACT_FIELDS}


def test_every_snippet_of_records_uses_the_fields_a_record_takes() -> None:
    """The smaller examples (an aggregate's subject and fact) are written as a curator would copy them."""
    snippets = [yaml.safe_load(block) for block in blocks("yaml") if block.startswith(tuple(SECTION_FIELDS))]
    assert snippets
    for snippet in snippets:
        for section, records in snippet.items():
            spec = SECTION_FIELDS[section]
            for record in records:
                assert set(record) <= set(spec), (section, set(record) - set(spec))
                assert {name for name, field in spec.items() if field.required} - {"value", "change"} <= set(record)


def test_every_snippet_with_its_text_loads_verifies_and_answers(tmp_path: Path) -> None:
    """A snippet that gives its text in a `# text:` line is a whole small folder: it loads and verifies."""
    snippets = [block for block in blocks("yaml") if block.startswith("# text: ")]
    assert snippets
    for number, snippet in enumerate(snippets):
        folder = tmp_path / f"snippet-{number}"
        (folder / "sources").mkdir(parents=True)
        (folder / "sources" / "t.txt").write_text(snippet.splitlines()[0].removeprefix("# text: ") + "\n")
        header = "source: {id: t, title: T, file: sources/t.txt}\n"
        (folder / "t.yaml").write_text(header + snippet, encoding="utf-8")
        report = verify_folder(folder)
        assert report.count(FAILURE) == 0, [finding.message for finding in report.findings]
