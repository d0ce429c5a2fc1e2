"""The `factbot` command line: chat, ask, batch, verify.

Data goes to stdout, diagnostics to stderr, and the exit code says how it went
(see `ExitCode`). Textual is imported only when the TUI actually starts, so
`factbot ask` and `factbot batch` stay fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import IO

from factbot import __version__, batch
from factbot.chat import run_chat
from factbot.engine import Engine
from factbot.formats import FORMATS, as_text, record
from factbot.knowledge.yamlfile import KnowledgeError
from factbot.paths import ENVIRONMENT_VARIABLE, default_knowledge_folder
from factbot.results import Status


class ExitCode(IntEnum):
    """What `factbot` tells the shell."""

    OK = 0
    """The command did its job (batch: every question got a record, whatever its status)."""
    NOT_ANSWERED = 1
    """`ask`: not answered; `check`: not supported (refuted or not in the sources); `verify`: a check failed."""
    USAGE = 2
    """Bad arguments, unreadable input, or an invalid knowledge folder."""
    INTERRUPTED = 130
    """Stopped with Ctrl-C."""


DESCRIPTION = """\
factbot answers questions from curated sources and cites the exact sentence each answer rests on.

  factbot                      open the chat (a terminal UI; --plain for line-by-line)
  factbot ask "QUESTION"       answer one question
  factbot batch FILE           answer a file of questions (.txt, .jsonl, or - for stdin)
  factbot check "CLAIM"        is a statement supported, refuted, or not in the sources?
  factbot verify               check the knowledge base against its sources

Curating a new document:
  factbot init DIR             a new knowledge folder
  factbot sentences FILE       the numbered sentences of a text, with offsets
  factbot draft FILE           a draft YAML for a text, every guess marked for review
"""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--knowledge",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"knowledge folder (default: ${ENVIRONMENT_VARIABLE}, else the one shipped with factbot)",
    )
    parser = argparse.ArgumentParser(
        prog="factbot", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"factbot {__version__}")
    parser.add_argument("--plain", action="store_true", help="line-by-line chat on stdin/stdout instead of the TUI")
    parser.add_argument("--explain", action="store_true", help="show intent, confidence and slots with each answer")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser("ask", parents=[common], help="answer one question", description="Answer one question.")
    ask.add_argument("question", nargs="+", help="the question (quoting it is optional)")
    ask.add_argument("--json", action="store_true", help="print the JSON record instead of text")
    ask.add_argument(
        "--explain",
        action="store_true",
        default=argparse.SUPPRESS,
        help="add the trace: intent, confidence, slots, rule",
    )
    ask.add_argument("--verify", action="store_true", help="re-check the answer's citations and figures")

    check = commands.add_parser(
        "check",
        parents=[common],
        help="is a claim supported, refuted, or not in the sources?",
        description="Check a claim against the sources. Rounding: a bare figure must match exactly; "
        "'about X' matches a source value that rounds to X at the precision X is written in; "
        "'more than X' / 'under X' match values on that side of X.",
    )
    check.add_argument("claim", nargs="+", help="the claim (quoting it is optional)")
    check.add_argument("--json", action="store_true", help="print the JSON record instead of text")
    check.add_argument(
        "--explain", action="store_true", default=argparse.SUPPRESS, help="add the trace: intent, slots, rule"
    )

    run = commands.add_parser(
        "batch", parents=[common], help="answer a file of questions", description="Answer a file of questions."
    )
    run.add_argument("file", help='.txt (one question a line, # comments), .jsonl ({"question", "id"}), or -')
    run.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    run.add_argument("--conversation", action="store_true", help="treat the file as one conversation")
    run.add_argument("--check", action="store_true", help="each line is a claim to check, not a question")
    run.add_argument("--output", type=Path, metavar="PATH", help="write records here instead of stdout")
    run.add_argument("--input-format", choices=("auto", "txt", "jsonl"), default="auto", help="default: by extension")
    run.add_argument(
        "--explain", action="store_true", default=argparse.SUPPRESS, help="add each answer's trace to its record"
    )
    run.add_argument("--quiet", action="store_true", help="no summary on stderr")

    verify = commands.add_parser(
        "verify", parents=[common], help="check the knowledge base or saved answers against the sources"
    )
    verify.add_argument("--answers", metavar="FILE", help="re-check a saved `batch --format jsonl` output")
    verify.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    verify.add_argument(
        "--probe", action="store_true", help="also ask a question of every record and report what it cannot reach"
    )
    _add_curation_commands(commands)
    return parser


def _add_curation_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="create a new knowledge folder",
        description="Create a new knowledge folder (sources/, a README on what goes where, lexicon.yaml). "
        "It is valid from the start; refuses a folder that already holds files.",
    )
    init.add_argument("folder", type=Path, help="the folder to create")
    sentences = commands.add_parser(
        "sentences",
        help="the numbered sentences of a text, with offsets",
        description="Print a text's sentences as the loader numbers them, with their character offsets: "
        "the map a curator cites from.",
    )
    sentences.add_argument("file", type=Path, help="a UTF-8 text, one paragraph a line")
    sentences.add_argument("--format", choices=("text", "jsonl"), default="text", help="default: text")
    draft = commands.add_parser(
        "draft",
        help="a draft YAML for a new source, to correct rather than write",
        description="Write a draft knowledge file for a text: every figure a candidate fact, every name a "
        "candidate entity, every date a candidate period, every other sentence a candidate statement. "
        "Every guess is marked '# review'. The draft loads and its quotes verify as written.",
    )
    draft.add_argument("file", type=Path, help="the source text (put it in the folder's sources/ first)")
    draft.add_argument("--output", "-o", type=Path, metavar="PATH", help="write the YAML here (default: stdout)")
    draft.add_argument("--id", dest="source_id", help="the source id (default: from the file name)")
    draft.add_argument("--title", help="the source title (default: the text's first line)")
    draft.add_argument("--force", action="store_true", help="overwrite PATH if it exists")


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # never die printing a question typed in a broken encoding
    parser = build_parser()
    options = parser.parse_args(argv)
    folder = getattr(options, "knowledge", None) or default_knowledge_folder()
    if options.command in ("init", "sentences", "draft"):
        return _curate(options)
    try:
        if options.command == "verify":
            return _verify(options, folder)
        engine = Engine.from_folder(folder)
        if options.command == "ask":
            return _ask(engine, options)
        if options.command == "check":
            return _check(engine, options)
        if options.command == "batch":
            return _batch(engine, options)
        return _chat(engine, options, folder)
    except KnowledgeError as error:
        _report_knowledge_error(error)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\nfactbot: interrupted\n")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK


def _report_knowledge_error(error: KnowledgeError) -> None:
    sys.stderr.write("factbot: the knowledge folder is invalid; fix these and try again:\n")
    for problem in error.problems:
        sys.stderr.write(f"  {problem}\n")


def _ask(engine: Engine, options: argparse.Namespace) -> int:
    question = " ".join(options.question)
    answer = engine.ask(question)
    data = record(1, question, answer, options.explain)
    if options.verify:
        from factbot.verification.saved_answers import verify_answer

        problems = verify_answer(engine.kb.knowledge, data)
        data["verification"] = {"ok": not problems, "problems": list(problems)}
    if options.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(as_text(data).rstrip("\n") + "\n")
        if options.verify:
            verdict = (
                "verified: citations match the source and every figure follows"
                if not data["verification"]["problems"]
                else "NOT verified: " + "; ".join(data["verification"]["problems"])
            )
            sys.stdout.write(f"   {verdict}\n")
    return ExitCode.OK if answer.status is Status.ANSWERED else ExitCode.NOT_ANSWERED


def _check(engine: Engine, options: argparse.Namespace) -> int:
    claim = " ".join(options.claim)
    answer = engine.check(claim)
    data = record(1, claim, answer, options.explain)
    if options.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(as_text(data).rstrip("\n").replace("Q: ", "Claim: ", 1) + "\n")
    return ExitCode.OK if answer.status is Status.SUPPORTED else ExitCode.NOT_ANSWERED


def _batch(engine: Engine, options: argparse.Namespace) -> int:
    kind = options.input_format
    if kind == "auto":
        kind = batch.JSONL if str(options.file).endswith(".jsonl") else batch.TXT
    try:
        source: IO[bytes] = sys.stdin.buffer if options.file == "-" else open(options.file, "rb")  # noqa: SIM115
    except OSError as error:
        sys.stderr.write(f"factbot: cannot read {options.file}: {error.strerror}\n")
        return ExitCode.USAGE
    try:
        out: IO[str] = open(options.output, "w", encoding="utf-8") if options.output else sys.stdout  # noqa: SIM115
    except OSError as error:
        sys.stderr.write(f"factbot: cannot write {options.output}: {error.strerror}\n")
        return ExitCode.USAGE
    progress = sys.stderr if sys.stderr.isatty() and not options.quiet else None
    try:
        counts = batch.run(
            engine,
            batch.read_items(source, kind),
            out,
            options.format,
            options.conversation,
            options.explain,
            progress,
            claims=options.check,
        )
    finally:
        if source is not sys.stdin.buffer:
            source.close()
        if out is not sys.stdout:
            out.close()
    if not options.quiet:
        sys.stderr.write(batch.summary(counts) + "\n")
    return ExitCode.OK


def _verify(options: argparse.Namespace, folder: Path) -> int:
    from factbot.verification import verify

    if options.answers:
        from factbot.knowledge.loader import load_knowledge
        from factbot.verification.saved_answers import render_json as answers_json
        from factbot.verification.saved_answers import render_text as answers_text
        from factbot.verification.saved_answers import verify_answer_lines

        knowledge = load_knowledge(folder)
        try:
            with open(options.answers, encoding="utf-8", errors="replace") as handle:
                answers_report = verify_answer_lines(knowledge, handle)
        except OSError as error:
            sys.stderr.write(f"factbot: cannot read {options.answers}: {error.strerror}\n")
            return ExitCode.USAGE
        render = answers_json if options.format == "json" else answers_text
        sys.stdout.write(render(answers_report))
        return answers_report.exit_code
    report = verify.verify_folder(folder)
    sys.stdout.write(verify.render_json(report) if options.format == "json" else verify.render_text(report))
    return report.exit_code


def _curate(options: argparse.Namespace) -> int:
    from factbot.curation import commands
    from factbot.curation.scaffold import FolderNotEmpty, init_folder

    try:
        if options.command == "init":
            for path in init_folder(options.folder):
                sys.stderr.write(f"wrote {path}\n")
        elif options.command == "sentences":
            commands.list_sentences(options.file, sys.stdout, options.format == "jsonl")
        else:
            text = commands.draft_text(options.file, options.output, options.source_id, options.title)
            if options.output is None:
                sys.stdout.write(text)
            else:
                commands.write_new(options.output, text, options.force)
                sys.stderr.write(f"wrote {options.output}: correct every '# review', then run factbot verify\n")
    except (commands.CurationError, FolderNotEmpty) as error:
        sys.stderr.write(f"factbot: {error}\n")
        return ExitCode.USAGE
    except BrokenPipeError:
        return ExitCode.OK
    return ExitCode.OK


def _chat(engine: Engine, options: argparse.Namespace, folder: Path) -> int:
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if options.plain or not interactive:
        return run_chat(engine, sys.stdin, sys.stdout, interactive, options.explain)
    try:
        from factbot.tui.app import make_app
    except ImportError:
        return run_chat(engine, sys.stdin, sys.stdout, interactive, options.explain)
    make_app(engine, knowledge_folder=folder).run()
    return ExitCode.OK
