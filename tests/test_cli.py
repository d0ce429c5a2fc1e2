"""The command line: exit codes, stdin, --version, help, diagnostics on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factbot import __version__
from factbot.cli import ExitCode, main
from factbot.engine import Engine
from factbot.formats import RECORD_KEYS
from knowledge_paths import KNOWLEDGE


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"factbot {__version__}"


def test_help_lists_every_command() -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("ask", "batch", "verify", "--plain", "--knowledge"):
        assert command in done.stdout


def test_ask_prints_answer_and_citation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "How many EVs did Nissan sell in 2023?"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "140,000" in out
    assert "[automakers-alliance #25]" in out


def test_ask_unanswered_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Who founded Toyota?"]) == ExitCode.NOT_ANSWERED
    assert "[unknown]" in capsys.readouterr().out


def test_ask_json_explain(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--json", "--explain", "How many more EVs did Tesla sell than BYD in 2023?"])
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "answered"
    assert data["trace"]["intent"] == "difference"
    assert data["working"] == ["1.8 million − 1.57 million = 230,000", "230,000 ÷ 1.57 million = 14.6%"]


def test_ask_verify(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--verify", "How many more EVs did Tesla sell than BYD in 2023?"])
    assert "verified:" in capsys.readouterr().out


def test_batch_from_stdin() -> None:
    done = run("batch", "-", "--format", "jsonl", stdin="How many EVs did Nissan sell in 2023?\nWho founded Toyota?\n")
    assert done.returncode == 0
    statuses = [json.loads(line)["status"] for line in done.stdout.splitlines()]
    assert statuses == ["answered", "unknown"]
    assert "2 questions: 1 answered, 1 unknown" in done.stderr


def test_batch_output_file(tmp_path: Path) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("Honda EV sales 2023\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    assert main(["batch", str(questions), "--format", "csv", "--output", str(output), "--quiet"]) == 0
    assert output.read_text(encoding="utf-8").startswith("id,question,status")


def test_batch_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "/no/such/file.txt"]) == ExitCode.USAGE
    assert "cannot read" in capsys.readouterr().err


def test_bad_arguments_exit_2() -> None:
    assert run("batch", "x.txt", "--format", "xml").returncode == 2


def test_invalid_knowledge_reports_file_and_line_without_traceback(knowledge_copy: Path) -> None:
    article = knowledge_copy / "automakers-alliance.yaml"
    article.write_text(
        article.read_text(encoding="utf-8").replace("subject: honda,", "subject: hondaa,", 1), encoding="utf-8"
    )
    done = run("--knowledge", str(knowledge_copy), "ask", "Honda sales")
    assert done.returncode == ExitCode.USAGE
    assert "automakers-alliance.yaml:" in done.stderr
    assert "'hondaa' is not a known entity" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_knowledge_from_environment_variable(second_source: Path) -> None:
    done = run("ask", "How much coffee did Brazil export in 2022?", env={"FACTBOT_KNOWLEDGE": str(second_source)})
    assert "2.5 million tonnes" in done.stdout


def test_plain_chat_keeps_context() -> None:
    done = run("--plain", stdin="How many EVs did Nissan sell in 2023?\nAnd Honda's?\n")
    assert done.returncode == 0
    assert "140,000" in done.stdout and "19,000" in done.stdout


def test_verify_passes_on_shipped_knowledge() -> None:
    done = run("verify")
    assert done.returncode == 0
    assert "27/27" in done.stdout
    assert "five" in done.stdout


def test_a_quoted_question_is_shorthand_for_ask(capsys: pytest.CaptureFixture[str]) -> None:
    """`factbot "question"` works as `llm "prompt"` does."""
    assert main(["How many EVs did Nissan sell in 2023?"]) == ExitCode.OK
    assert "140,000" in capsys.readouterr().out
    assert main(["-k", str(KNOWLEDGE), "How", "many", "EVs", "did", "Honda", "sell", "in", "2023?"]) == ExitCode.OK
    assert "19,000" in capsys.readouterr().out


def test_an_unknown_command_gets_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["aks"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "unknown command 'aks'" in err
    assert "Did you mean 'factbot ask'?" in err
    assert main(["verfy"]) == ExitCode.USAGE
    assert "factbot verify" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["ask", "check"])
def test_json_is_an_alias_of_format_json_and_jsonl_is_one_line(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Nissan sold 140,000 EVs in 2023"
    main([command, "--json", text])
    aliased = capsys.readouterr().out
    main([command, "-f", "json", text])
    assert capsys.readouterr().out == aliased
    main([command, "--format", "jsonl", text])
    line = capsys.readouterr().out
    assert line.count("\n") == 1
    assert json.loads(line) == json.loads(aliased)
    assert tuple(json.loads(line))[: len(RECORD_KEYS)] == RECORD_KEYS


def test_short_flags_for_knowledge_format_output_and_quiet(tmp_path: Path) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("Honda EV sales 2023\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    done = run("batch", str(questions), "-k", str(KNOWLEDGE), "-f", "jsonl", "-o", str(output), "-q")
    assert done.returncode == 0
    assert done.stderr == ""
    assert json.loads(output.read_text(encoding="utf-8"))["status"] == "answered"


def test_batch_says_how_many_lines_were_malformed_and_strict_fails_on_them() -> None:
    lines = 'How many EVs did Nissan sell in 2023?\n{"question": \n'
    relaxed = run("batch", "-", "-f", "jsonl", stdin=lines)
    assert relaxed.returncode == ExitCode.OK
    assert "1 line got an error record (--strict makes this exit 1)" in relaxed.stderr
    strict = run("batch", "-", "-f", "jsonl", "--strict", stdin=lines)
    assert strict.returncode == ExitCode.NOT_ANSWERED
    assert [json.loads(line)["status"] for line in strict.stdout.splitlines()] == ["answered", "error"]
    assert run("batch", "-", "--strict", stdin="How many EVs did Nissan sell in 2023?\n").returncode == 0


def test_sources_lists_id_sentences_coverage_and_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources"]) == ExitCode.OK
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["id", "sentences", "coverage", "title"]
    assert row.split()[:3] == ["automakers-alliance", "27", "100%"]
    main(["sources", "-f", "json"])
    (source,) = json.loads(capsys.readouterr().out)
    assert source["label"] == "Japanese automakers"
    assert source["sentences"] == 27
    assert source["coverage"] == 1.0


def test_entities_lists_every_entity(capsys: pytest.CaptureFixture[str], engine: Engine) -> None:
    assert main(["entities", "-f", "jsonl"]) == ExitCode.OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in rows] == list(engine.kb.entities)
    nissan = next(row for row in rows if row["id"] == "nissan")
    assert nissan["kind"] == "company"
    assert nissan["facts"] >= 2
    main(["entities"])
    assert capsys.readouterr().out.splitlines()[0].split() == ["id", "kind", "facts", "name", "aliases"]


def test_the_knowledge_folder_comes_from_config_toml(second_source: Path, tmp_path: Path) -> None:
    config = tmp_path / "config" / "factbot" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'knowledge = "{second_source}"\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "FACTBOT_KNOWLEDGE": ""}
    done = run("ask", "How much coffee did Brazil export in 2022?", env=env)
    assert "2.5 million tonnes" in done.stdout
    assert "2.5 million tonnes" not in run("-k", str(KNOWLEDGE), "ask", "Brazil coffee 2022", env=env).stdout


def test_an_invalid_config_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    config = tmp_path / "factbot" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("theme = \n", encoding="utf-8")
    done = run("ask", "Nissan EV sales 2023", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == ExitCode.USAGE
    assert "config.toml" in done.stderr
    assert "Traceback" not in done.stderr


def test_piped_output_has_no_colour_even_when_asked_for_nothing() -> None:
    done = run("ask", "How many EVs did Nissan sell in 2023?", env={"TERM": "xterm-256color"})
    assert "\x1b[" not in done.stdout
    coloured = run("ask", "How many EVs did Nissan sell in 2023?", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured.stdout
