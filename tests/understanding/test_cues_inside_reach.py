"""Inside a long phrase, only runs of words that some phrase that long begins with are looked up as phrases."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.phrase_spans import _cues_inside
from tiny import RECORDS, tiny_engine

MORE = RECORDS.replace("aliases: [widget sales, widgets sold, sales]", "aliases: [units of widget sales, sales]")


class Recording(dict[tuple[str, ...], tuple[object, ...]]):
    """The phrase table, noting every run of words looked up in it."""

    looked: list[tuple[str, ...]]

    def get(self, key: tuple[str, ...], default: object = None) -> object:  # type: ignore[override]
        self.looked.append(key)
        return super().get(key, default)


def test_runs_no_phrase_that_long_begins_with_are_not_looked_up(tmp_path: Path) -> None:
    kb = tiny_engine(tmp_path, MORE).kb
    texts = kb.normaliser.words("total units of widget sales")
    targets = kb.phrases[texts[1:]]
    recording = Recording(kb.phrases)
    recording.looked = []
    kb.phrases = recording
    found = _cues_inside(texts, 1, len(texts), targets, kb)
    assert all(kb.phrase_reach.get(key[0], 0) >= len(key) for key in recording.looked)
    assert found == []  # no cue inside the measure's name
    assert ("of",) not in recording.looked and ("unit", "of", "widget") in recording.looked
