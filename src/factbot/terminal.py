"""Text output for a terminal: colour and wrapping, written by hand in ANSI.

`factbot ask` must start fast, so this is twenty lines of escape codes rather than
rich. Colour and wrapping apply only when the stream is a terminal; under a pipe,
with `NO_COLOR` set (https://no-color.org) or on a dumb terminal the output is
exactly `formats.as_text`, byte for byte, so scripts and golden files never see
an escape code. `FORCE_COLOR` turns colour on even when piped (for `less -R`).
"""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any

from factbot.formats import as_text, word_lines
from factbot.sanitize import safe_record

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
STATUS_COLOURS = {
    "answered": "\x1b[32m",
    "supported": "\x1b[32m",
    "unknown": "\x1b[33m",
    "clarify": "\x1b[36m",
    "error": "\x1b[31m",
    "refuted": "\x1b[31m",
}
CITATION_COLOUR = "\x1b[34m"
QUOTE = "\x1b[22m"
"""Quotes are printed as written (normal intensity): only the answer's own figures are bold."""
NO_BREAK = "\u00a0"
"""textwrap never breaks at a no-break space: figures such as "1.8 million" stay on one line."""

MIN_WIDTH = 40


@dataclass(frozen=True)
class Look:
    """How to print text on one stream: with colour or not, wrapped to a width or not."""

    colour: bool = False
    width: int | None = None

    @property
    def plain(self) -> bool:
        return not self.colour and self.width is None


def look_for(stream: IO[str], environment: Mapping[str, str]) -> Look:
    """Colour and wrapping on a terminal; plain text under a pipe, NO_COLOR or TERM=dumb."""
    tty = _isatty(stream)
    if environment.get("FORCE_COLOR"):
        colour = True
    else:
        colour = tty and not environment.get("NO_COLOR") and environment.get("TERM") != "dumb"
    width = max(shutil.get_terminal_size().columns, MIN_WIDTH) if tty else None
    return Look(colour, width)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def render(data: dict[str, Any], look: Look, figures: re.Pattern[str] | None = None, *, label: str = "Q") -> str:
    """One record as `formats.as_text` lays it out, coloured and wrapped as `look` says."""
    data = safe_record(data)  # no text from a question or the knowledge drives the terminal or forges a line
    if look.plain:
        text = as_text(data)
        return text if label == "Q" else text.replace("Q: ", f"{label}: ", 1)
    status = data["status"]
    answer = data["answer"] + (f"  [{status}]" if status != "answered" else "")
    blocks: list[tuple[str, str, str]] = [
        (f"{label}: ", data["question"], BOLD),
        ("A: ", answer, ""),
    ]
    blocks.extend(("   working: ", step, "") for step in data["working"])
    blocks.extend(("   option: ", option, "") for option in data["options"])
    for citation in data["citations"]:
        blocks.append((f"   [{citation['source']} #{citation['sentence']}] ", f'"{citation["quote"]}"', QUOTE))
    lines: list[str] = []
    for lead, text, style in blocks:
        for number, line in enumerate(_wrap(lead, text, look.width, figures)):
            lines.append(_paint(line, lead if number == 0 else "", style, status, look.colour, figures))
    if "trace" in data:
        lines.extend(_paint(line, "", DIM, status, look.colour, None) for line in _trace_lines(data))
    return "\n".join(lines) + "\n\n"


def _wrap(lead: str, text: str, width: int | None, figures: re.Pattern[str] | None) -> list[str]:
    if figures is not None:
        text = figures.sub(lambda match: match.group().replace(" ", NO_BREAK), text)
    if width is None:
        lines = [lead + text]
    else:
        indent = " " * (5 if lead.startswith(" ") else 3)  # not under a long citation label: keep quotes wide
        wrapper = textwrap.TextWrapper(
            width=width,
            initial_indent=lead,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines = wrapper.wrap(text) or [lead.rstrip()]
    return [line.replace(NO_BREAK, " ") for line in lines]


def _paint(line: str, lead: str, style: str, status: str, colour: bool, figures: re.Pattern[str] | None) -> str:
    if not colour:
        return line
    body = line[len(lead) :] if lead else line
    head = line[: len(lead)] if lead else ""
    if head.strip().startswith("["):
        head = f"{CITATION_COLOUR}{head}{RESET}"
    elif head:
        head = f"{BOLD}{head}{RESET}"
    if figures is not None and not style:  # the answer and its working, not the question or quotes
        body = figures.sub(lambda match: f"{BOLD}{match.group()}{RESET}", body)
    marker = f"[{status}]"
    if marker in body and status in STATUS_COLOURS:
        body = body.replace(marker, f"{STATUS_COLOURS[status]}{marker}{RESET}")
    if style:
        body = f"{style}{body}{RESET}"
    return head + body


def _trace_lines(data: dict[str, Any]) -> list[str]:
    trace = data["trace"]
    slots = ", ".join(f"{key}={value}" for key, value in trace["slots"].items())
    lines = [f"   explain: intent={trace['intent']} confidence={trace['confidence']} rule={trace['rule']} {slots}"]
    lines.extend(
        f"   explain: read '{correction['typed']}' as '{correction['read_as']}'" for correction in trace["corrections"]
    )
    return lines + word_lines(trace)
