"""verify's lint of a measure named by a word of change whose figures are plain amounts."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.verify import verify_folder
from tiny import tiny_folder

TEXT = "Acme added 20 jobs in 2021.\nBolt added 30 jobs in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: jobs, name: NAME, unit: jobs, aliases: [jobs]IS_CHANGE}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: jobs, period: y2021, value: "SIGN20", sentence: 1,
     quote: "Acme added 20 jobs"}
  - {id: bolt-2021, subject: bolt, measure: jobs, period: y2021, value: "SIGN30", sentence: 2,
     quote: "Bolt added 30 jobs"}
"""


def change_word_warnings(tmp_path: Path, name: str, is_change: bool) -> list[str]:
    records = (
        RECORDS.replace("NAME", name)
        .replace("IS_CHANGE", ", is_change: true" if is_change else "")
        .replace("SIGN", "+" if is_change else "")
    )
    report = verify_folder(tiny_folder(tmp_path, records, TEXT))
    return [finding.message for finding in report.findings if "word of change" in finding.message]


def test_a_measure_named_by_a_change_word_with_plain_figures_is_pointed_at_is_change(tmp_path: Path) -> None:
    found = change_word_warnings(tmp_path, "jobs added", is_change=False)
    assert len(found) == 1 and "'added'" in found[0] and "is_change: true" in found[0]


def test_a_measure_of_changes_is_not_reported(tmp_path: Path) -> None:
    assert change_word_warnings(tmp_path, "jobs added", is_change=True) == []


def test_a_name_without_a_change_word_is_not_reported(tmp_path: Path) -> None:
    assert change_word_warnings(tmp_path, "new jobs", is_change=False) == []


def test_a_change_word_inside_the_name_is_not_reported(tmp_path: Path) -> None:
    assert change_word_warnings(tmp_path, "higher education jobs", is_change=False) == []
