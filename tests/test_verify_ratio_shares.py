"""A share written as a ratio of counts ("about 1 in 5") is a percent measure's figure with `number:` giving the
percent (20): verify accepts that number, and refuses one that is not the ratio."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.findings import FAILURE, OK
from factbot.verification.verify import verify_folder
from tiny import tiny_engine, tiny_folder

TEXT = "In 2003, about 1 in 5 employed persons did some work at home.\n"
RECORDS = """
entities:
  - {id: employed, name: employed persons, kind: population, aliases: [employed persons]}
measures:
  - {id: home-share, name: share working at home, unit: percent, aliases: [share working at home, worked at home]}
periods:
  - {id: y2003, aliases: ["2003"]}
facts:
  - {id: share-2003, subject: employed, measure: home-share, period: y2003, value: about 1 in 5, number: 20,
     sentence: 1, quote: "In 2003, about 1 in 5 employed persons did some work at home"}
"""


def test_the_ratio_in_percent_passes(tmp_path: Path) -> None:
    findings = verify_folder(tiny_folder(tmp_path, RECORDS, TEXT)).findings
    assert not [finding for finding in findings if finding.level == FAILURE]
    assert any(finding.level == OK and "is 20 percent" in finding.message for finding in findings)


def test_another_number_fails(tmp_path: Path) -> None:
    findings = verify_folder(tiny_folder(tmp_path, RECORDS.replace("number: 20", "number: 25"), TEXT)).findings
    assert any(finding.level == FAILURE and "number: 25" in finding.message for finding in findings)


def test_the_share_is_answered_as_written(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What share of employed persons worked at home in 2003?")
    assert answer.status == "answered"
    assert "about 1 in 5" in answer.text
