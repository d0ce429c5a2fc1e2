"""`factbot completion SHELL`: completion scripts for bash, zsh and fish, made from the parser.

The scripts are generated from the argparse parser itself, so a new option is
completed the day it is added. They complete commands, options, the values of
options with choices (`--format`), folders after `-k` and files where a file is
expected. No completion library is needed at run time: the script is static.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from factbot.cli_parser import SHELLS

__all__ = ["SHELLS", "describe", "script"]
FOLDER_OPTIONS = frozenset({"--knowledge"})
FILE_OPTIONS = frozenset({"--output", "--answers"})
FILE_ARGUMENTS = frozenset({"file"})


@dataclass(frozen=True)
class Option:
    flags: tuple[str, ...]
    help: str
    choices: tuple[str, ...] = ()
    takes_value: bool = False

    @property
    def long(self) -> str:
        return next((flag for flag in self.flags if flag.startswith("--")), self.flags[0])

    @property
    def value_kind(self) -> str:
        """'choices', 'folder', 'file', 'value' or '' (a flag)."""
        if self.choices:
            return "choices"
        if self.long in FOLDER_OPTIONS:
            return "folder"
        if self.long in FILE_OPTIONS:
            return "file"
        return "value" if self.takes_value else ""


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    options: tuple[Option, ...]
    positional: str
    """'file', 'choices:a b c', or '' (free text)."""


def describe(parser: argparse.ArgumentParser) -> tuple[tuple[Option, ...], tuple[Command, ...]]:
    """The top-level options and each subcommand, read from the parser."""
    commands: list[Command] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                commands.append(Command(name, helps.get(name, ""), _options(sub), _positional(sub)))
    return _options(parser), tuple(commands)


def _options(parser: argparse.ArgumentParser) -> tuple[Option, ...]:
    options = []
    for action in parser._actions:
        if not action.option_strings or isinstance(action, argparse._SubParsersAction):
            continue
        choices = tuple(str(choice) for choice in action.choices) if action.choices else ()
        options.append(Option(tuple(action.option_strings), _clean(action.help), choices, action.nargs != 0))
    return tuple(options)


def _positional(parser: argparse.ArgumentParser) -> str:
    for action in parser._actions:
        if action.option_strings:
            continue
        if action.choices:
            return "choices:" + " ".join(str(choice) for choice in action.choices)
        if action.dest in FILE_ARGUMENTS:
            return "file"
    return ""


def _clean(text: str | None) -> str:
    if not text or text == argparse.SUPPRESS:
        return ""
    return text.split(" (")[0].replace("'", "").replace("[", "(").replace("]", ")").replace("%", "%%")


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for `shell` (one of `SHELLS`)."""
    top, commands = describe(parser)
    return {"bash": _bash, "zsh": _zsh, "fish": _fish}[shell](top, commands)


def _bash(top: tuple[Option, ...], commands: tuple[Command, ...]) -> str:
    names = " ".join(command.name for command in commands)
    all_options = [*top, *(option for command in commands for option in command.options)]
    value_cases = []
    for kind in ("folder", "file"):
        taking = sorted({flag for option in all_options if option.value_kind == kind for flag in option.flags})
        action = "compgen -d" if kind == "folder" else "compgen -f"
        value_cases.append(f'        {"|".join(taking)}) COMPREPLY=($({action} -- "$cur")); return ;;')
    command_cases = []
    for command in (Command("", "", top, ""), *commands):
        flags = " ".join(flag for option in command.options for flag in option.flags)
        choices = [option for option in command.options if option.choices]
        choice_lines = "".join(
            f'            {"|".join(option.flags)}) COMPREPLY=($(compgen -W "{" ".join(option.choices)}" -- "$cur"));'
            " return ;;\n"
            for option in choices
        )
        words = f"{flags} {names}" if not command.name else flags
        if command.positional.startswith("choices:"):
            words += " " + command.positional.removeprefix("choices:")
        files = (
            '\n            [[ $cur != -* ]] && COMPREPLY+=($(compgen -f -- "$cur"))'
            if command.positional == "file"
            else ""
        )
        command_cases.append(
            f'        "{command.name}")\n'
            f'            case "$prev" in\n{choice_lines}            esac\n'
            f'            COMPREPLY=($(compgen -W "{words}" -- "$cur")){files}\n'
            "            ;;"
        )
    return f"""# bash completion for factbot (made by `factbot completion bash`)
_factbot() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" command="" word
    for word in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
        case "$word" in {"|".join(command.name for command in commands)}) command="$word"; break ;; esac
    done
    case "$prev" in
{chr(10).join(value_cases)}
    esac
    case "$command" in
{chr(10).join(command_cases)}
    esac
}}
complete -o filenames -F _factbot factbot
"""


def _zsh_spec(option: Option) -> str:
    kind = option.value_kind
    value = {
        "choices": f":{option.long.strip('-')}:({' '.join(option.choices)})",
        "folder": ":folder:_files -/",
        "file": ":file:_files",
        "value": ":value:",
        "": "",
    }[kind]
    exclusive = f"({' '.join(option.flags)})" if len(option.flags) > 1 else ""
    flags = "{" + ",".join(option.flags) + "}" if len(option.flags) > 1 else option.flags[0]
    return f"'{exclusive}'{flags}'[{option.help}]{value}'"


def _zsh(top: tuple[Option, ...], commands: tuple[Command, ...]) -> str:
    described = "\n".join(f"        '{command.name}:{_clean(command.help)}'" for command in commands)
    cases = []
    for command in commands:
        specs = " \\\n                ".join(_zsh_spec(option) for option in command.options)
        if command.positional == "file":
            rest = "'1:file:_files'"
        elif command.positional.startswith("choices:"):
            rest = f"'1:shell:({command.positional.removeprefix('choices:')})'"
        else:
            rest = "'*:text:'"
        cases.append(f"            {command.name})\n                _arguments {specs} \\\n                {rest} ;;")
    top_specs = " \\\n        ".join(_zsh_spec(option) for option in top)
    return f"""#compdef factbot
# zsh completion for factbot (made by `factbot completion zsh`)
_factbot() {{
    local state line
    local -a commands
    commands=(
{described}
    )
    _arguments -C \\
        {top_specs} \\
        '1: :->command' \\
        '*:: :->args'
    case $state in
        command) _describe -t commands 'factbot command' commands ;;
        args)
            case $line[1] in
{chr(10).join(cases)}
            esac ;;
    esac
}}
if [[ $funcstack[1] == _factbot ]]; then _factbot "$@"; else compdef _factbot factbot; fi
"""


def _fish_option(option: Option, condition: str) -> str:
    parts = [f"complete -c factbot -n '{condition}'"]
    for flag in option.flags:
        parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
    kind = option.value_kind
    if kind == "choices":
        parts.append(f"-x -a '{' '.join(option.choices)}'")
    elif kind == "folder":
        parts.append("-x -a '(__fish_complete_directories)'")
    elif kind in ("file", "value"):
        parts.append("-r")
    if option.help:
        parts.append(f"-d '{option.help}'")
    return " ".join(parts)


def _fish(top: tuple[Option, ...], commands: tuple[Command, ...]) -> str:
    names = " ".join(command.name for command in commands)
    lines = ["# fish completion for factbot (made by `factbot completion fish`)", "complete -c factbot -f"]
    lines.extend(
        f"complete -c factbot -n '__fish_use_subcommand' -a {command.name} -d '{_clean(command.help)}'"
        for command in commands
    )
    lines.extend(_fish_option(option, "__fish_use_subcommand") for option in top)
    for command in commands:
        condition = f"__fish_seen_subcommand_from {command.name}"
        lines.extend(_fish_option(option, condition) for option in command.options)
        if command.positional == "file":
            lines.append(f"complete -c factbot -n '{condition}' -F")
        elif command.positional.startswith("choices:"):
            choices = command.positional.removeprefix("choices:")
            lines.append(
                f"complete -c factbot -n '{condition}; and not __fish_seen_subcommand_from {choices}' -a '{choices}'"
            )
    lines.append(f"# commands: {names}")
    return "\n".join(lines) + "\n"
