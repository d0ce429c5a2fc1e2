"""The parser of the `factbot` command line, and how a bare question becomes `ask`.

Separate from `factbot.cli` (which runs the commands) so the completion scripts
and the docs tests can read the parser without running anything.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Callable, Sequence
from pathlib import Path

from factbot import __version__, cli_help
from factbot.formats import FORMATS, RECORD_FORMATS
from factbot.paths import ENVIRONMENT_VARIABLE
from factbot.userfiles import UserFiles

LIST_FORMATS = ("text", "json", "jsonl")
"""`sources` and `entities` (`factbot.listing` is imported only when they run: it loads verify)."""
SHELLS = ("bash", "zsh", "fish")
"""`factbot completion SHELL` (the scripts themselves are made by `factbot.completion`)."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-k",
        "--knowledge",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"knowledge folder (default: ${ENVIRONMENT_VARIABLE}, config.toml's knowledge, else the shipped one)",
    )
    common.add_argument(
        "--no-cache",
        action="store_true",
        default=argparse.SUPPRESS,
        help="compile the knowledge folder afresh, without the compiled-knowledge cache (also: FACTBOT_NO_CACHE=1)",
    )
    files = UserFiles.standard()
    parser = argparse.ArgumentParser(
        prog="factbot",
        description=cli_help.DESCRIPTION,
        epilog=cli_help.MAIN_EPILOG.format(
            config=files.config_file, history=files.history_file, conversations=files.conversations_dir
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"factbot {__version__}")
    parser.add_argument(
        "--plain", action="store_true", help="line-by-line chat (readline); with stdin not a terminal, no prompts"
    )
    parser.add_argument("--explain", action="store_true", help="show intent, confidence and slots with each answer")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, summary: str, epilog: str, description: str | None = None) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=[common],
            help=summary,
            description=description or summary[0].upper() + summary[1:] + ".",
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    ask = command("ask", "answer one question", cli_help.ASK_EPILOG)
    ask.add_argument("question", nargs="+", help="the question (quoting it is optional)")
    _record_format_options(ask)
    ask.add_argument("--verify", action="store_true", help="re-check the answer's citations and figures")

    check = command(
        "check",
        "is a claim supported, refuted, or not in the sources?",
        cli_help.CHECK_EPILOG,
        "Check a claim against the sources. Rounding: a bare figure must match exactly; "
        "'about X' matches a source value that rounds to X at the precision X is written in; "
        "'more than X' / 'under X' match values on that side of X.",
    )
    check.add_argument("claim", nargs="+", help="the claim (quoting it is optional)")
    _record_format_options(check)

    run = command("batch", "answer a file of questions", cli_help.BATCH_EPILOG)
    run.add_argument("file", help='.txt (one question a line, # comments), .jsonl ({"question", "id"}), or -')
    run.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format (default: text)")
    run.add_argument("--conversation", action="store_true", help="treat the file as one conversation")
    run.add_argument("--check", action="store_true", help="each line is a claim to check, not a question")
    run.add_argument("-o", "--output", type=Path, metavar="PATH", help="write records here instead of stdout")
    run.add_argument("--input-format", choices=("auto", "txt", "jsonl"), default="auto", help="default: by extension")
    run.add_argument(
        "--explain", action="store_true", default=argparse.SUPPRESS, help="add each answer's trace to its record"
    )
    run.add_argument("-q", "--quiet", action="store_true", help="nothing on stderr but fatal errors")
    run.add_argument("--strict", action="store_true", help="exit 1 when any record is an error (malformed line)")

    verify = command(
        "verify",
        "check the knowledge base or saved answers against the sources",
        cli_help.VERIFY_EPILOG,
        cli_help.VERIFY_DESCRIPTION,
    )
    verify.add_argument("--answers", metavar="FILE", help="re-check a saved `batch --format jsonl` output")
    verify.add_argument("-f", "--format", choices=("text", "json"), default="text", help="report format")
    verify.add_argument(
        "--probe",
        action="store_true",
        help="then ask the engine a question of every record and report what it cannot reach (exit code unchanged)",
    )

    for name, summary, epilog in (
        ("sources", "list the sources: id, sentences, coverage, title", cli_help.SOURCES_EPILOG),
        ("entities", "list the entities: id, kind, facts, name, aliases", cli_help.ENTITIES_EPILOG),
    ):
        listing = command(name, summary, epilog)
        listing.add_argument("-f", "--format", choices=LIST_FORMATS, default="text", help="output format")

    _add_curation_commands(command)

    completion = command("completion", "print a shell completion script", cli_help.COMPLETION_EPILOG)
    completion.add_argument("shell", choices=SHELLS, help="bash, zsh or fish")
    return parser


def _add_curation_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    init = command(
        "init",
        "create a new knowledge folder",
        cli_help.INIT_EPILOG,
        "Create a new knowledge folder (sources/, a README on what goes where, lexicon.yaml). "
        "It is valid from the start; refuses a folder that already holds files.",
    )
    init.add_argument("folder", type=Path, help="the folder to create")
    sentences = command(
        "sentences",
        "the numbered sentences of a text, with offsets",
        cli_help.SENTENCES_EPILOG,
        "Print a text's sentences as the loader numbers them, with their character offsets: "
        "the map a curator cites from.",
    )
    sentences.add_argument(
        "file", type=Path, help="a UTF-8 text: a paragraph a line, or blank lines between paragraphs"
    )
    sentences.add_argument("-f", "--format", choices=("text", "jsonl"), default="text", help="default: text")
    draft = command(
        "draft",
        "a draft YAML for a new source, to correct rather than write",
        cli_help.DRAFT_EPILOG,
        "Write a draft knowledge file for a text: every figure a candidate fact, every name a "
        "candidate entity, every date a candidate period, every other sentence a candidate statement. "
        "Every guess is marked '# review'. The draft loads and its quotes verify as written.",
    )
    draft.add_argument("file", type=Path, help="the source text (put it in the folder's sources/ first)")
    draft.add_argument("--output", "-o", type=Path, metavar="PATH", help="write the YAML here (default: stdout)")
    draft.add_argument("--id", dest="source_id", help="the source id (default: from the file name)")
    draft.add_argument("--title", help="the source title (default: the text's first line)")
    draft.add_argument("--force", action="store_true", help="overwrite PATH if it exists")


def _record_format_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--format", choices=RECORD_FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--json", dest="format", action="store_const", const="json", help="the same as --format json")
    parser.add_argument(
        "--explain", action="store_true", default=argparse.SUPPRESS, help="add the trace: intent, confidence, slots"
    )


def command_names(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return tuple(action.choices)


VALUE_OPTIONS = frozenset({"-k", "--knowledge"})


def with_ask_shorthand(argv: list[str], commands: Sequence[str]) -> list[str]:
    """`factbot "question"` means `factbot ask "question"`, as `llm "prompt"` does.

    A single word that is close to a command name is taken as a typo instead
    (`factbot aks`): argparse then says which commands exist, and `main` adds
    "did you mean". Everything before the first word (global options) is kept.
    """
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            index += 1
            break
        if word in VALUE_OPTIONS:
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        break
    if index >= len(argv) or argv[index] in commands or argv[index] == "help":
        return argv
    word = argv[index]
    if " " not in word.strip() and index == len(argv) - 1 and difflib.get_close_matches(word, commands, n=1):
        return argv
    return [*argv[:index], "ask", *argv[index:]]


def did_you_mean(word: str, commands: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, commands, n=1)
    hint = f" Did you mean 'factbot {close[0]}'?" if close else ""
    return f"factbot: unknown command {word!r}.{hint} (To ask a question, quote it or use 'factbot ask'.)\n"
