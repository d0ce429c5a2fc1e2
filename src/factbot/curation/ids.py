"""Readable, unique ids for the records of a draft."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


@dataclass
class Ids:
    """A slug of the name, numbered when taken."""

    taken: set[str] = field(default_factory=set)

    def new(self, *parts: str) -> str:
        base = "-".join(part for part in (slug(part) for part in parts) if part)[:60].strip("-") or "record"
        candidate, number = base, 2
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.taken.add(candidate)
        return candidate
