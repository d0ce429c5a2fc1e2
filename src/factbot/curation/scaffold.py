"""`factbot init`: a new knowledge folder that is valid from the start, with a README on what goes where."""

from __future__ import annotations

from pathlib import Path

README = """\
# A factbot knowledge folder

factbot answers questions from the files in this folder, and only from them.

- `sources/` holds the documents, byte for byte as published (UTF-8 text: one paragraph a line,
  or hard-wrapped with blank lines between paragraphs; do not re-wrap it).
- One `NAME.yaml` per document curates it: the things it names (entities), the quantities it
  reports (measures), its periods, its figures (facts) and what it says without figures
  (statements). Every record quotes the document verbatim.
- `lexicon.yaml` (optional) adds words of your field to factbot's built-in English lexicon.

Curating a document, in five commands:

    cp article.txt sources/
    factbot sentences sources/article.txt                  # the numbered sentences you will cite
    factbot draft sources/article.txt -o article.yaml      # a draft: correct every `# review`
    factbot verify --knowledge .                           # proves every record against its source
    factbot verify --knowledge . --probe                   # asks a question of every record

Then ask: `factbot --knowledge .` (the chat) or `factbot ask --knowledge . "..."`.
The format is described in factbot's docs/knowledge.md.
"""

LEXICON = """\
# Words of this folder's field, added to factbot's built-in English lexicon (never replacing it).
# Sections as in docs/knowledge.md, for example:
#
# abbreviations: {ev: electric vehicle, evs: electric vehicles}
# fillers: [automaker, automakers]
"""


class FolderNotEmpty(Exception):
    """`init` never writes into a folder that already holds files."""


def init_folder(folder: Path) -> list[Path]:
    """Create a new knowledge folder; return the files written. Raises FolderNotEmpty."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FolderNotEmpty(f"{folder} already exists and is not an empty folder")
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("README.md", README), ("lexicon.yaml", LEXICON)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
