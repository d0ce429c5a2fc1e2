"""The README documents every command and option a user can type (sqlite-utils' habit)."""

from __future__ import annotations

import argparse

from factbot.cli import ExitCode, build_parser
from knowledge_paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_has_help_and_is_in_the_readme() -> None:
    for name, parser in subcommands().items():
        assert parser.format_help().strip()
        assert f"factbot {name}" in README, name


def test_every_batch_option_is_in_the_readme() -> None:
    batch = subcommands()["batch"]
    for action in batch._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in README, option


def test_every_exit_code_is_in_the_readme() -> None:
    for code in ExitCode:
        assert f"| {int(code)} |" in README


def test_the_two_setup_commands_are_in_the_readme_and_ci_runs_the_test_one() -> None:
    test_command = "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && pytest"
    assert test_command in README
    assert "pip install . && factbot" in README
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
