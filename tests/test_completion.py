"""`factbot completion SHELL`: scripts made from the parser, that each shell accepts and that complete."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from factbot.cli import build_parser, main
from factbot.completion import SHELLS, script


def completions(script_path: Path, line: str) -> list[str]:
    """What bash offers for `line` (the word being typed is the last one, possibly empty)."""
    words = line.split(" ")
    program = (
        f"source {script_path}\n"
        f"COMP_WORDS=({' '.join(repr(word) for word in words)}); COMP_CWORD={len(words) - 1}\n"
        "_factbot; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True, timeout=30)
    return done.stdout.split()


@pytest.fixture
def bash_script(tmp_path: Path) -> Path:
    path = tmp_path / "factbot.bash"
    path.write_text(script("bash", build_parser()), encoding="utf-8")
    return path


def test_bash_completes_commands_options_and_format_values(bash_script: Path) -> None:
    assert {"ask", "batch", "check", "verify", "sources", "entities", "completion"} <= set(
        completions(bash_script, "factbot ")
    )
    assert completions(bash_script, "factbot ch") == ["check"]
    assert completions(bash_script, "factbot ask --format ") == ["text", "json", "jsonl"]
    assert "csv" in completions(bash_script, "factbot batch -f ")
    assert "--strict" in completions(bash_script, "factbot batch --s")
    assert completions(bash_script, "factbot completion z") == ["zsh"]


@pytest.mark.parametrize("shell", SHELLS)
def test_every_shell_accepts_its_script(shell: str, tmp_path: Path) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    path = tmp_path / f"factbot.{shell}"
    path.write_text(script(shell, build_parser()), encoding="utf-8")
    done = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr


def test_fish_completes_commands_and_formats(tmp_path: Path) -> None:
    if shutil.which("fish") is None:
        pytest.skip("fish is not installed")
    path = tmp_path / "factbot.fish"
    path.write_text(script("fish", build_parser()), encoding="utf-8")

    def offered(line: str) -> list[str]:
        done = subprocess.run(
            ["fish", "-c", f"source {path}; complete -C '{line}'"], capture_output=True, text=True, timeout=30
        )
        return [entry.split("\t")[0] for entry in done.stdout.splitlines()]

    assert {"ask", "sources", "entities"} <= set(offered("factbot "))
    assert offered("factbot check --format ") == ["json", "jsonl", "text"]


def test_the_completion_command_prints_the_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "zsh"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("#compdef factbot")
    assert "'sources:list the sources" in out
