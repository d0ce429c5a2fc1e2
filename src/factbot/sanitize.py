"""Text from questions and knowledge made safe to show: the one place that decides how.

A question, a source sentence or a title can hold anything, and a terminal obeys
control characters: ESC and CSI sequences recolour or clear the screen, OSC 52 writes
the clipboard, OSC 8 hides links, CR and backspace overwrite what was printed, a
newline forges a line that looks like an answer or a citation, and bidi overrides
reorder what the reader sees. Every renderer (text, Markdown, CSV, the plain chat,
the TUI, exports) passes such text through `safe_text`; JSON output goes through
`json_text`, which escapes what `json.dumps(ensure_ascii=False)` leaves raw.

`safe_text` keeps the length of the text (one visible character per unsafe one), so
offsets into a sentence (citation highlights) stay valid after it.
"""

from __future__ import annotations

import json
import re
from typing import Any

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings/overrides/isolates, lone surrogates."""
_ESCAPED_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What `json.dumps(ensure_ascii=False)` leaves raw but a terminal or a JavaScript parser would act on."""
_REPLACEMENT = "\ufffd"
_DELETE_PICTURE = "\u2421"
_CONTROL_PICTURES = 0x2400
"""U+2400..U+241F picture the C0 controls: ␀ for NUL, ␛ for ESC, ␊ for a newline."""


def safe_text(text: str) -> str:
    """`text` with every control character replaced by one visible character; a tab becomes a space.

    C0 controls become their control pictures (ESC shows as ␛, a newline as ␊), DEL as ␡,
    and C1 controls, separators, bidi controls and lone surrogates as �.
    """
    return _UNSAFE.sub(_picture, text)


def safe_record(data: Any) -> Any:
    """A copy of a record with every text made safe: one line each, except that an answer keeps its own lines.

    The engine writes some answers over several lines (a list of what is known nearby);
    their later lines are indented by exactly two spaces. A question, a quote or a name
    is always one line, so no text can make a line that starts like a question, an
    answer, a citation (three spaces and a bracket) or a working line.
    """
    if isinstance(data, dict):
        return {
            key: safe_answer(value) if key == "answer" and isinstance(value, str) else safe_record(value)
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [safe_record(item) for item in data]
    return safe_text(data) if isinstance(data, str) else data


def safe_answer(text: str) -> str:
    """An answer's own lines made safe, every line after the first indented by two spaces."""
    first, *more = text.split("\n")
    return "\n".join([safe_text(first), *(f"  {safe_text(line.lstrip())}" for line in more)])


def safe_lines(text: str) -> str:
    """Multi-line text (a report) with each line made safe; its own newlines are kept."""
    return "\n".join(safe_text(line) for line in text.split("\n"))


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x09:
        return " "
    if code < 0x20:
        return chr(_CONTROL_PICTURES + code)
    if code == 0x7F:
        return _DELETE_PICTURE
    return _REPLACEMENT


def json_text(data: Any, indent: int | None = None) -> str:
    """Strict JSON (no NaN or Infinity) that is also safe to print: C1 controls and the like are escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    return _ESCAPED_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
