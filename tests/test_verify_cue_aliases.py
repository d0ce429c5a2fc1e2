"""verify warns of an alias holding a comparison or superlative cue: it takes the questions that compare or rank."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.verify import verify_folder
from tiny import RECORDS, tiny_folder


def cue_warnings(tmp_path: Path, records: str) -> list[str]:
    report = verify_folder(tiny_folder(tmp_path, records))
    found = report.findings
    return [f"{finding.where}: {finding.message}" for finding in found if "superlative cue" in finding.message]


def test_a_measure_alias_holding_more_is_warned_of_with_its_line(tmp_path: Path) -> None:
    records = RECORDS.replace("aliases: [widget sales, widgets sold, sales]", "aliases: [widget sales, more widgets]")
    (warning,) = cue_warnings(tmp_path, records)
    assert "tiny.yaml:7:" in warning
    assert "'more widgets' ('more')" in warning


def test_a_group_alias_holding_a_superlative_is_warned_of(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "measures:",
        "  - {id: leaders, name: the leaders, kind: group, aliases: [largest widget makers], members: [acme, bolt]}\n"
        "measures:",
    )
    (warning,) = cue_warnings(tmp_path, records)
    assert "'largest widget makers' ('largest')" in warning


def test_plain_aliases_and_a_measure_name_are_not_warned_of(tmp_path: Path) -> None:
    assert cue_warnings(tmp_path, RECORDS) == []
    records = RECORDS.replace("name: widget sales,", "name: highest widget sales,")
    assert cue_warnings(tmp_path, records) == []


def test_a_rank_and_a_cue_joined_to_a_name_are_not_warned_of(tmp_path: Path) -> None:
    """A rank is named by its superlative ("largest widget maker"); "Acme-led" and "led by Acme" are part of the
    name they are said in."""
    records = RECORDS.replace(
        "measures:\n",
        "  - {id: camp, name: the camp, kind: group, aliases: [Acme-led camp, camp led by Acme], members: [acme, bolt]}"
        "\nmeasures:\n"
        "  - {id: size-rank, name: size rank, unit: rank, aliases: [size rank, largest widget maker]}\n",
        1,
    )
    report = verify_folder(tiny_folder(tmp_path, records))
    assert not [finding for finding in report.findings if finding.level == "failure"]
    assert cue_warnings(tmp_path, records) == []
