"""init, sentences and draft from the command line: valid from the start, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.cli import ExitCode, main
from factbot.knowledge.loader import load_knowledge

TEXT = "Acme sold 4 million widgets in 2023. Bolt sold 3 million.\nNobody else did.\n"


def test_init_makes_a_valid_folder_and_refuses_a_full_one(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    assert main(["init", str(folder)]) == ExitCode.OK
    assert (folder / "sources").is_dir() and (folder / "README.md").is_file()
    knowledge = load_knowledge(folder)
    assert knowledge.sources == {}
    assert main(["verify", "--knowledge", str(folder)]) == ExitCode.OK
    assert main(["init", str(folder)]) == ExitCode.USAGE


def test_sentences_lists_numbers_and_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["sentences", str(text)]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "1  [0-36]  Acme sold 4 million widgets in 2023."
    assert lines[1].startswith("2  [37-")
    assert len(lines) == 3


def test_draft_writes_a_loadable_file_and_never_overwrites_without_force(tmp_path: Path) -> None:
    main(["init", str(tmp_path / "kb")])
    source = tmp_path / "kb" / "sources" / "t.txt"
    source.write_text(TEXT, encoding="utf-8")
    output = tmp_path / "kb" / "t.yaml"
    assert main(["draft", str(source), "-o", str(output)]) == ExitCode.OK
    assert 'file: "sources/t.txt"' in output.read_text(encoding="utf-8")
    assert len(load_knowledge(tmp_path / "kb").facts) == 2
    output.write_text("# mine\n", encoding="utf-8")
    assert main(["draft", str(source), "-o", str(output)]) == ExitCode.USAGE
    assert output.read_text(encoding="utf-8") == "# mine\n"
    assert main(["draft", str(source), "-o", str(output), "--force"]) == ExitCode.OK


def test_draft_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["draft", str(tmp_path / "nope.txt")]) == ExitCode.USAGE
