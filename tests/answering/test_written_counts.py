"""A value is shown as the source writes it, and never says its unit twice; a count the text writes without a
number ("a flood", "drought") is shown as the curator's `number`, in answers and in verify's sums."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from factbot.verification.verify import FAILURE, OK, verify_folder
from tiny import tiny_engine, tiny_folder

TEXT = "In 2023, Acme had 4 incidents: two strikes, a flood and drought.\nIts average was 54.6°F in 2023.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme], members: [strikes, flood, drought]}
  - {id: strikes, name: strikes, kind: incident type, aliases: [strikes]}
  - {id: flood, name: flood, kind: incident type, aliases: [flood]}
  - {id: drought, name: drought, kind: incident type, aliases: [drought]}
measures:
  - {id: incidents, name: number of incidents, unit: incidents, aliases: [number of incidents, incidents]}
  - {id: heat, name: average temperature, unit: degrees Fahrenheit, aliases: [average temperature]}
periods:
  - {id: y2023, aliases: ["2023"]}
facts:
  - {id: acme-2023, subject: acme, measure: incidents, period: y2023, value: "4", sentence: 1,
     quote: "Acme had 4 incidents", context: [{sentence: 1, quote: "In 2023"}]}
  - {id: strikes-2023, subject: strikes, measure: incidents, period: y2023, value: two, sentence: 1,
     quote: "two strikes", context: [{sentence: 1, quote: "In 2023"}]}
  - {id: flood-2023, subject: flood, measure: incidents, period: y2023, value: a, number: 1, sentence: 1,
     quote: "a flood", context: [{sentence: 1, quote: "In 2023"}]}
  - {id: drought-2023, subject: drought, measure: incidents, period: y2023, value: drought, number: 1, sentence: 1,
     quote: "drought", context: [{sentence: 1, quote: "In 2023"}]}
  - {id: acme-heat-2023, subject: acme, measure: heat, period: y2023, value: 54.6°F, sentence: 2,
     quote: "Its average was 54.6°F in 2023", context: [{sentence: 1, quote: "Acme"}]}
"""


def test_a_count_written_without_a_number_is_shown_as_its_number(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the drought's number of incidents in 2023?")
    assert answer.status is Status.ANSWERED, answer.text
    assert ": 1 incidents" in answer.text and "drought incidents" not in answer.text, answer.text


def test_verify_accepts_the_count_and_adds_it_into_the_total(tmp_path: Path) -> None:
    report = verify_folder(tiny_folder(tmp_path, RECORDS, TEXT))
    assert [finding.message for finding in report.findings if finding.level == FAILURE] == []
    oks = [finding.message for finding in report.findings if finding.level == OK]
    assert "two + 1 + 1 = 4 holds (Acme)" in oks and "value 'a' counts 1 (`number:`)" in oks


def test_a_unit_the_value_already_shows_is_not_repeated(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was Acme's average temperature in 2023?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "54.6°F." in answer.text and "degrees Fahrenheit" not in answer.text, answer.text
