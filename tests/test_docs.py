"""The README documents every command, option, key, file and exit code a user meets (sqlite-utils' habit)."""

from __future__ import annotations

import argparse
import re

import pytest
from textual.binding import Binding

from factbot.cli import ExitCode, build_parser
from factbot.tui.bindings import CONFIRM_BINDINGS, DIALOG_BINDINGS, HELP_SECTIONS
from factbot.userfiles import CONFIG_KEYS
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


@pytest.mark.parametrize("name", [None, *subcommands()])
def test_every_help_shows_examples_and_exit_codes(name: str | None) -> None:
    parser = build_parser() if name is None else subcommands()[name]
    text = parser.format_help()
    assert "examples:\n  factbot" in text, name
    assert "exit codes:" in text, name


def test_verify_has_a_description() -> None:
    assert "Prove the knowledge folder against its sources" in subcommands()["verify"].format_help()


def test_every_option_is_in_the_readme() -> None:
    for name, parser in subcommands().items():
        for action in parser._actions:
            for option in action.option_strings:
                if option not in ("--help", "-h"):
                    assert option in README, f"{name} {option}"


def test_every_exit_code_is_in_the_readme_and_the_help() -> None:
    help_text = build_parser().format_help()
    for code in ExitCode:
        assert f"| {int(code)} |" in README
        assert re.search(rf"^  {int(code)} ", help_text, re.MULTILINE), code


def test_every_key_and_binding_id_is_in_the_readme() -> None:
    assert "| ctrl+q | quit |" in README and "| ctrl+p |" in README and "| tab / shift+tab |" in README
    bindings = [b for _, group in HELP_SECTIONS for b in group if isinstance(b, Binding)]
    bindings += [b for b in (*CONFIRM_BINDINGS, *DIALOG_BINDINGS) if isinstance(b, Binding)]
    for binding in bindings:
        assert f"`{binding.id}`" in README, binding.id
        for key in binding.key.split(","):
            shown = {"question_mark": "?", "pageup": "pageup", "pagedown": "pagedown"}.get(key, key)
            assert shown in README, key


def test_the_config_keys_and_the_paths_are_in_the_readme() -> None:
    for key in CONFIG_KEYS:
        assert re.search(rf"^\[?{key}\]? ", README, re.MULTILINE), key
    for path in (
        "~/.config/factbot/config.toml",
        "~/.local/share/factbot/history",
        "~/.local/share/factbot/conversations/",
        "~/Documents/factbot/",
    ):
        assert f"`{path}`" in README, path


def test_the_readme_screenshot_is_a_snapshot_the_tests_keep() -> None:
    (path,) = re.findall(r"!\[[^\]]*\]\(([^)]+\.svg)\)", README)
    assert (ROOT / path).is_file()
    assert path.startswith("tests/tui/__snapshots__/")


def test_the_setup_says_which_python_and_offers_pipx_and_uv() -> None:
    assert "Python 3.11 or newer" in README
    assert "python3-venv" in README
    assert "pipx install ." in README
    assert "uv tool install ." in README


def test_the_two_setup_commands_are_in_the_readme_and_ci_runs_the_test_one() -> None:
    test_command = "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && pytest"
    assert test_command in README
    assert "pip install . && factbot" in README
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
