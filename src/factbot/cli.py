"""The `factbot` command line: chat, ask, check, batch, verify, sources, entities, completion.

Data goes to stdout, diagnostics to stderr, and the exit code says how it went
(see `ExitCode`). Textual is imported only when the TUI actually starts, so
`factbot ask` and `factbot batch` stay fast. The words of the help live in
`factbot.cli_help`; the chat's files and config in `factbot.userfiles`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING

from factbot import batch
from factbot.cli_parser import VALUE_OPTIONS, build_parser, command_names, did_you_mean, with_ask_shorthand
from factbot.engine import Engine
from factbot.formats import as_json, as_jsonl, record
from factbot.inputlines import read_lines
from factbot.knowledge.yamlfile import KnowledgeError
from factbot.output import (
    OutputRefused,
    Terminated,
    atomic_output,
    prepare_standard_streams,
    silence_stdout,
    stop_on_sigterm,
)
from factbot.paths import default_knowledge_folder
from factbot.results import Answer, Status
from factbot.sanitize import safe_lines, safe_text
from factbot.userfiles import Config, ConfigError, UserFiles, load_config

if TYPE_CHECKING:
    from factbot.verification.verify import VerifyReport

__all__ = ["ExitCode", "build_parser", "main"]


class ExitCode(IntEnum):
    """What `factbot` tells the shell."""

    OK = 0
    """The command did its job (ask: answered; check: supported; batch: every line got a record)."""
    NOT_ANSWERED = 1
    """`ask`: not answered; `check`: refuted; `verify`: a check failed; `batch --strict`: an error record."""
    USAGE = 2
    """Bad arguments, unreadable input, or an invalid config or knowledge folder."""
    NOT_IN_SOURCES = 3
    """`check`: the sources don't say (unknown), which is not the same as refuted."""
    WRITE_FAILED = 74
    """The results could not be written (disk full, standard output closed); an --output file is left as it was."""
    INTERRUPTED = 130
    """Stopped with Ctrl-C."""
    TERMINATED = 143
    """Stopped by SIGTERM; like Ctrl-C, only whole records were written."""


CHECK_EXIT_CODES = {Status.SUPPORTED: ExitCode.OK, Status.REFUTED: ExitCode.NOT_ANSWERED}


def main(argv: Sequence[str] | None = None) -> int:
    prepare_standard_streams()  # never die printing (or reading) text in a broken encoding, or a closed stream
    stop_on_sigterm()
    try:
        code = _run(argv)
        sys.stdout.flush()  # here, so that a full disk is reported, not raised at exit
        return code
    except (ConfigError, KnowledgeError, OutputRefused) as error:
        return _usage_error(error)
    except KeyboardInterrupt as stop:
        terminated = isinstance(stop, Terminated)
        sys.stderr.write("\nfactbot: stopped by SIGTERM\n" if terminated else "\nfactbot: interrupted\n")
        return ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED
    except OSError as error:  # a closed pipe is the reader's choice; anything else is a failed write
        silence_stdout()
        if isinstance(error, BrokenPipeError):
            return ExitCode.OK
        sys.stderr.write(f"factbot: cannot write the results: {safe_text(error.strerror or str(error))}\n")
        return ExitCode.WRITE_FAILED


def _usage_error(error: ConfigError | KnowledgeError | OutputRefused) -> int:
    if isinstance(error, ConfigError):
        sys.stderr.write(f"factbot: the config file is invalid: {error}\n")
    elif isinstance(error, KnowledgeError):
        _report_knowledge_error(error)
    else:
        sys.stderr.write(f"factbot: {safe_text(str(error))}\n")
    return ExitCode.USAGE


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    commands = command_names(parser)
    arguments = with_ask_shorthand(list(sys.argv[1:] if argv is None else argv), commands)
    if arguments[:1] == ["help"]:
        parser.print_help()
        return ExitCode.OK
    unknown = _unknown_command(arguments, commands)
    if unknown is not None:
        sys.stderr.write(did_you_mean(unknown, commands))
        return ExitCode.USAGE
    options = parser.parse_args(arguments)
    if options.command in ("init", "sentences", "draft", "completion"):
        return _without_knowledge(options, parser)
    if ((options.command == "batch" and options.file == "-") or options.command is None) and sys.stdin is None:
        sys.stderr.write("factbot: standard input is closed; there is nothing to read\n")
        return ExitCode.USAGE
    files = UserFiles.standard()
    config = _load_config(files)
    folder = getattr(options, "knowledge", None) or default_knowledge_folder(config.knowledge)
    if options.command == "verify":
        return _verify(options, folder)
    engine = Engine.from_folder(folder, cache=not getattr(options, "no_cache", False))
    command = ENGINE_COMMANDS.get(options.command)
    return command(engine, options) if command is not None else _chat(engine, options, folder, files, config)


def _without_knowledge(options: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The commands that load no knowledge: curation and shell completion."""
    if options.command != "completion":
        return _curate(options)
    from factbot.completion import script

    sys.stdout.write(script(options.shell, parser))
    return ExitCode.OK


def _unknown_command(arguments: list[str], commands: Sequence[str]) -> str | None:
    """The first word when it is a near miss of a command (left in place by `with_ask_shorthand`)."""
    for index, word in enumerate(arguments):
        if word.startswith("-"):
            continue
        if index > 0 and arguments[index - 1] in VALUE_OPTIONS:
            continue
        return None if word in commands else word
    return None


def _load_config(files: UserFiles) -> Config:
    config, warnings = load_config(files.config_file)
    for warning in warnings:
        sys.stderr.write(f"factbot: {warning}\n")
    return config


def _report_knowledge_error(error: KnowledgeError) -> None:
    sys.stderr.write("factbot: the knowledge folder is invalid; fix these and try again:\n")
    for problem in error.problems:
        sys.stderr.write(f"  {safe_text(str(problem))}\n")


def _print_record(engine: Engine, data: dict[str, object], output_format: str, label: str = "Q") -> None:
    if output_format == "json":
        sys.stdout.write(as_json(data))
    elif output_format == "jsonl":
        sys.stdout.write(as_jsonl(data))
    else:
        from factbot.terminal import look_for, render

        look = look_for(sys.stdout, os.environ)
        figures = None
        if look.colour or look.width:
            from factbot.tui.highlight import figure_pattern

            figures = figure_pattern(engine.kb.lexicon.scale_words)
        sys.stdout.write(render(data, look, figures, label=label).rstrip("\n") + "\n")


def _ask(engine: Engine, options: argparse.Namespace) -> int:
    question = " ".join(options.question)
    answer = engine.ask(question)
    data = record(1, question, answer, options.explain)
    if options.verify:
        from factbot.verification.saved_answers import verify_answer

        problems = verify_answer(engine.kb.knowledge, data)
        data["verification"] = {"ok": not problems, "problems": list(problems)}
    _print_record(engine, data, options.format)
    if options.verify and options.format == "text":
        verdict = (
            "verified: citations match the source and every figure follows"
            if not data["verification"]["problems"]
            else "NOT verified: " + "; ".join(data["verification"]["problems"])
        )
        sys.stdout.write(f"   {safe_text(verdict)}\n")
    return ExitCode.OK if answer.status is Status.ANSWERED else ExitCode.NOT_ANSWERED


def _check(engine: Engine, options: argparse.Namespace) -> int:
    claim = " ".join(options.claim)
    answer = engine.check(claim)
    _print_record(engine, record(1, claim, answer, options.explain), options.format, label="Claim")
    return check_exit_code(answer)


def check_exit_code(answer: Answer) -> int:
    """supported 0, refuted 1, not in the sources 3; a claim that cannot be checked at all is a usage error."""
    if answer.status is Status.UNKNOWN:
        return ExitCode.NOT_IN_SOURCES
    return CHECK_EXIT_CODES.get(answer.status, ExitCode.USAGE)


def _batch(engine: Engine, options: argparse.Namespace) -> int:
    kind = options.input_format
    if kind == "auto":
        kind = batch.JSONL if str(options.file).endswith(".jsonl") else batch.TXT
    try:
        source: IO[bytes] = sys.stdin.buffer if options.file == "-" else open(options.file, "rb")  # noqa: SIM115
    except OSError as error:
        sys.stderr.write(f"factbot: cannot read {options.file}: {error.strerror}\n")
        return ExitCode.USAGE
    progress = sys.stderr if sys.stderr.isatty() and not options.quiet else None
    records = atomic_output(options.output, [options.file]) if options.output else contextlib.nullcontext(sys.stdout)
    try:
        with records as out:
            counts = batch.run(
                engine,
                batch.read_items(read_lines(source), kind),
                out,
                options.format,
                options.conversation,
                options.explain,
                progress,
                claims=options.check,
            )
    finally:
        if options.file != "-":
            source.close()
    errors = counts[Status.ERROR.value]
    if not options.quiet:
        sys.stderr.write(batch.summary(counts) + "\n")
        if errors:
            strict = "" if options.strict else " (--strict makes this exit 1)"
            sys.stderr.write(f"factbot: {errors} line{'s' if errors != 1 else ''} got an error record{strict}\n")
    return ExitCode.NOT_ANSWERED if options.strict and errors else ExitCode.OK


def _verify(options: argparse.Namespace, folder: Path) -> int:
    from factbot.verification import verify

    if options.answers and options.probe:
        sys.stderr.write("factbot: --probe asks questions of the knowledge folder; it does not go with --answers\n")
        return ExitCode.USAGE
    if options.answers:
        from factbot.knowledge.loader import load_knowledge
        from factbot.verification.saved_answers import render_json as answers_json
        from factbot.verification.saved_answers import render_text as answers_text
        from factbot.verification.saved_answers import verify_answer_lines

        knowledge = load_knowledge(folder)
        try:
            with open(options.answers, "rb") as handle:
                lines = (line.decode("utf-8", errors="replace") for line in read_lines(handle))
                answers_report = verify_answer_lines(knowledge, lines)
        except OSError as error:
            sys.stderr.write(f"factbot: cannot read {options.answers}: {error.strerror}\n")
            return ExitCode.USAGE
        json_format = options.format == "json"
        sys.stdout.write(answers_json(answers_report) if json_format else safe_lines(answers_text(answers_report)))
        return answers_report.exit_code
    report = verify.verify_folder(folder)
    if options.probe:
        _probe(options, folder, report)
    else:
        json_format = options.format == "json"
        sys.stdout.write(verify.render_json(report) if json_format else safe_lines(verify.render_text(report)))
    return report.exit_code


def _probe(options: argparse.Namespace, folder: Path, report: VerifyReport) -> None:
    """Verify's report, then the probe's (a `probe` key in JSON); the probe never changes verify's exit code."""
    from factbot.curation import probe_report
    from factbot.curation.probe import probe
    from factbot.verification import verify

    try:
        probed = probe(Engine.from_folder(folder, cache=not getattr(options, "no_cache", False)))
    except KnowledgeError:
        probed = None  # verify has reported why the folder does not load; there is nothing to ask
    if options.format == "json":
        data = verify.report_data(report)
        data["probe"] = probe_report.report_data(probed) if probed is not None else None
        sys.stdout.write(as_json(data))
        return
    done = probe_report.render_text(probed) if probed is not None else "probe: skipped, the folder does not load\n"
    sys.stdout.write(safe_lines(verify.render_text(report) + done))


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


def _list(engine: Engine, options: argparse.Namespace) -> int:
    from factbot import listing

    if options.command == "sources":
        text = listing.render_rows(listing.source_rows(engine.kb), options.format, listing.SOURCE_COLUMNS)
    else:
        text = listing.render_rows(listing.entity_rows(engine.kb), options.format, listing.ENTITY_COLUMNS)
    sys.stdout.write(text)
    return ExitCode.OK


def _chat(engine: Engine, options: argparse.Namespace, folder: Path, files: UserFiles, config: Config) -> int:
    from factbot.chat import run_chat
    from factbot.tui.highlight import figure_pattern

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    figures = figure_pattern(engine.kb.lexicon.scale_words)
    if options.plain or not interactive:
        return run_chat(engine, sys.stdin, sys.stdout, interactive, options.explain, files.history_file, figures)
    try:
        from factbot.tui.app import make_app
    except ImportError:
        return run_chat(engine, sys.stdin, sys.stdout, interactive, options.explain, files.history_file, figures)
    make_app(engine, knowledge_folder=folder, user_files=files, config=config).run()
    return ExitCode.OK


ENGINE_COMMANDS: dict[str | None, Callable[[Engine, argparse.Namespace], int]] = {
    "ask": _ask,
    "check": _check,
    "batch": _batch,
    "sources": _list,
    "entities": _list,
}
"""The commands that answer from a loaded engine; no command at all opens the chat."""
