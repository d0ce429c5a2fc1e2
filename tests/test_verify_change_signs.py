"""verify's sign checks: a figure of a measure of changes (`is_change: true`) is a change, whatever field holds it."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.verify import verify_folder
from tiny import tiny_folder

TEXT = "Acme lost 20 jobs in 2021.\nBolt added 30 jobs in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: jobs, name: jobs added, unit: jobs, aliases: [jobs], is_change: IS_CHANGE}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: jobs, period: y2021, value: "-20", sentence: 1, quote: "Acme lost 20 jobs"}
  - {id: bolt-2021, subject: bolt, measure: jobs, period: y2021, value: "SIGN30", sentence: 2,
     quote: "Bolt added 30 jobs"}
"""


def warnings(tmp_path: Path, is_change: str, sign: str) -> list[str]:
    records = RECORDS.replace("IS_CHANGE", is_change).replace("SIGN", sign)
    report = verify_folder(tiny_folder(tmp_path, records, TEXT))
    return [finding.message for finding in report.findings if "negative" in finding.message]


def test_a_fall_of_a_measure_of_changes_is_a_negative_value(tmp_path: Path) -> None:
    assert warnings(tmp_path, "true", "+") == []


def test_its_sign_is_still_checked_against_the_quote(tmp_path: Path) -> None:
    assert any("quote says it rose" in message for message in warnings(tmp_path, "true", "-"))


def test_a_negative_level_is_still_reported(tmp_path: Path) -> None:
    assert any("write a fall as `change:`" in message for message in warnings(tmp_path, "false", "+"))
