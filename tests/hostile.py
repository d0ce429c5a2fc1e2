"""Hostile input shared by the tests: terminal escapes in questions and in knowledge."""

from __future__ import annotations

import re
from pathlib import Path

RAW = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What must never be printed raw (a newline only between lines, checked per line)."""


def hostile_knowledge(tmp_path: Path) -> Path:
    """A knowledge folder whose title, sentences and statement answer carry terminal escapes."""
    folder = tmp_path / "kb"
    folder.mkdir()
    text = "Acme sold 5 widgets\x1b]52;c;aGFja2Vk\x07 in 2023. Acme moved to Mars\x9b2J.\n"
    (folder / "widgets.txt").write_text(text, encoding="utf-8")
    (folder / "widgets.yaml").write_text(
        """\
source: {id: widgets, title: "Widgets\\e[2J\\x9b", file: widgets.txt}
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
statements:
  - {id: moved, kind: event, answer: "Acme moved to Mars.\\e]8;;http://evil\\a", about: [acme],
     keywords: [moved, move, where], sentence: 2, quote: "Acme moved to Mars"}
""",
        encoding="utf-8",
    )
    return folder
