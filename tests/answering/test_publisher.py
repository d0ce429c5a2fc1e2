"""A source's `publisher` says every statement of the source: "what did the Bureau say about X?" reaches them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.knowledge.yamlfile import KnowledgeError
from tiny import RECORDS, tiny_folder

BUREAU = "  - {id: bureau, name: the Widget Bureau, kind: agency, aliases: [Widget Bureau]}\n"


def _published_by(tmp_path: Path, publisher: str) -> Path:
    folder = tiny_folder(tmp_path, RECORDS.replace("entities:\n", "entities:\n" + BUREAU))
    path = folder / "tiny.yaml"
    header = "source: {id: tiny, title: A tiny source, file: sources/tiny.txt}"
    path.write_text(path.read_text().replace(header, header[:-1] + f", publisher: {publisher}}}"))
    return folder


def test_what_the_publisher_said_is_every_statement_of_its_source(tmp_path: Path) -> None:
    engine = Engine.from_folder(_published_by(tmp_path, "bureau"))
    answer = engine.ask("What did the Widget Bureau say about the partnership of Acme and Bolt?")
    assert answer.status == "answered" and "partnership" in answer.text


def test_without_a_publisher_the_bureau_is_said_to_have_said_nothing(tmp_path: Path) -> None:
    folder = tiny_folder(tmp_path, RECORDS.replace("entities:\n", "entities:\n" + BUREAU))
    answer = Engine.from_folder(folder).ask("What did the Widget Bureau say about the partnership of Acme and Bolt?")
    assert answer.status != "answered"


def test_an_unknown_publisher_is_a_problem_at_its_line(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as raised:
        Engine.from_folder(_published_by(tmp_path, "nobody"))
    assert "publisher 'nobody' is not a known entity" in str(raised.value)
