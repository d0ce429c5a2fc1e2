"""A word the lexicon skips ("information", "manufacturer") is a name in a folder that uses it as one."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.verify import verify_folder
from tiny import RECORDS, TEXT, tiny_engine, tiny_folder

INDUSTRY = RECORDS.replace(
    "entities:\n",
    "entities:\n  - {id: info, name: information, kind: industry, aliases: [information, manufacturing],\n"
    "     description: an industry, evidence: [{sentence: 7, quote: information}]}\n",
)
TEXT_WITH_INDUSTRY = TEXT + "Jobs in information and manufacturing were little changed.\n"
CLAIM_FREE = "claim_free:\n  - {sentence: 7, reason: test}\n"


def test_a_one_word_alias_is_not_skipped_in_its_own_folder(tmp_path: Path) -> None:
    named = tiny_engine(tmp_path / "named", INDUSTRY, TEXT_WITH_INDUSTRY).kb
    plain = tiny_engine(tmp_path / "plain").kb
    for word in ("inform", "manufactur"):  # "manufacturing" folds with the filler "manufacturer"
        assert word in plain.fillers and word in plain.harmless
        assert word not in named.fillers and word not in named.harmless and word not in named.stopwords


def test_verify_does_not_warn_about_an_alias_that_is_a_skipped_word(tmp_path: Path) -> None:
    report = verify_folder(tiny_folder(tmp_path, INDUSTRY + CLAIM_FREE, TEXT_WITH_INDUSTRY))
    assert not [finding for finding in report.findings if "skip" in finding.message]
