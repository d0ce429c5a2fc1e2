"""The worked examples: each verifies, all four sources verify in one folder, and the built-in lexicon
holds none of their vocabulary (it is general English; domain words live in the sources' YAML)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.text import Normaliser
from factbot.verification.verify import FAILURE, verify_folder
from knowledge_paths import KNOWLEDGE, ROOT

EXAMPLES = sorted(path for path in (ROOT / "examples").iterdir() if path.is_dir())
FOLDERS = [KNOWLEDGE, *EXAMPLES]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_each_folder_verifies(folder: Path) -> None:
    report = verify_folder(folder)
    assert [finding for finding in report.findings if finding.level == FAILURE] == []


def test_all_sources_verify_in_one_folder(tmp_path: Path) -> None:
    together = tmp_path / "together"
    (together / "sources").mkdir(parents=True)
    for folder in FOLDERS:
        for item in folder.glob("*.yaml"):
            shutil.copy(item, together / item.name)
        for text in (folder / "sources").iterdir():
            shutil.copy(text, together / "sources" / text.name)
    report = verify_folder(together)
    assert [finding for finding in report.findings if finding.level == FAILURE] == []
    assert len(report.coverage) == len(FOLDERS)


def _lexicon_phrases() -> set[tuple[str, ...]]:
    lexicon = builtin_lexicon()
    normaliser = Normaliser(lexicon)
    texts: list[str] = []
    for value in vars(lexicon).values():
        if isinstance(value, dict):
            texts += [str(key) for key in value]
            for item in value.values():
                texts += list(item) if isinstance(item, tuple) else [str(item)]
        elif isinstance(value, tuple | frozenset):
            texts += [item for item in value if isinstance(item, str)]
    texts += [cue for intent in lexicon.intents for cue in intent.cues]
    return {normaliser.words(text) for text in texts}


GENERAL_UNITS = frozenset({"percent", "rank", "people", "years", "days", "months"})
"""Units any text may count in; a currency the lexicon reads ("US dollars") is general too."""


def _domain_names(folder: Path) -> set[str]:
    """The source's proper names (its entities') and the units of its measures: what no general lexicon may
    hold. Two-letter abbreviations ("US", "U.S.") are left to verify's lint of aliases that collide with stopwords."""
    currencies = set(builtin_lexicon().currencies.values())
    names: set[str] = set()
    for item in folder.glob("*.yaml"):
        data = yaml.safe_load(item.read_text(encoding="utf-8"))
        for entity in data.get("entities") or ():
            aliases = (entity["name"], *entity.get("aliases", ()))
            names.update(alias for alias in aliases if alias[:1].isupper() and len(alias.replace(".", "")) > 3)
        for measure in data.get("measures") or ():
            unit = measure.get("unit")
            if unit and unit not in GENERAL_UNITS and unit not in currencies:
                names.add(unit)
    return names


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_the_built_in_lexicon_names_nothing_of_a_shipped_source(folder: Path) -> None:
    normaliser = Normaliser(builtin_lexicon())
    phrases = _lexicon_phrases()
    found = sorted(name for name in _domain_names(folder) if normaliser.words(name) in phrases)
    assert found == []
