"""verify warns of an entity whose name holds a measure's phrase after a relative opener ("those who sold
widgets" beside "sold widgets"), and of a one-word entity alias said after a list word inside a measure's phrase
("gadgets" in "widgets or gadgets sold"): each takes questions from the other unless said exactly as an alias."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.verify import verify_folder
from tiny import RECORDS, tiny_folder


def overlap_warnings(tmp_path: Path, records: str) -> list[str]:
    report = verify_folder(tiny_folder(tmp_path, records))
    return [
        f"{finding.where}: {finding.message}"
        for finding in report.findings
        if "relative opener" in finding.message or "after a list word" in finding.message
    ]


def test_a_relative_clause_around_a_measure_phrase_is_warned_of_with_its_line(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "  - {id: bolt, name: Bolt,",
        "  - {id: sellers, name: those who sold widgets, kind: group, aliases: [sellers]}\n  - {id: bolt, name: Bolt,",
    ).replace("widgets sold, sales]", "sold widgets, sales]")
    (warning,) = overlap_warnings(tmp_path, records)
    assert "tiny.yaml:5:" in warning
    assert "'those who sold widgets'" in warning and "'sold widgets'" in warning


def test_a_word_after_or_inside_a_measure_phrase_is_warned_of(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "aliases: [widget sales, widgets sold, sales]", "aliases: [widget sales, widgets or gadgets sold]"
    ).replace(
        "  - {id: bolt, name: Bolt,",
        "  - {id: gadgets, name: gadgets, kind: product, aliases: [gadgets]}\n  - {id: bolt, name: Bolt,",
    )
    (warning,) = overlap_warnings(tmp_path, records)
    assert "'gadgets' of entity 'gadgets'" in warning
    assert "'widgets or gadgets sold'" in warning


def test_a_name_inside_a_measure_phrase_otherwise_is_not_warned_of(tmp_path: Path) -> None:
    assert overlap_warnings(tmp_path, RECORDS) == []
    records = RECORDS.replace("aliases: [widget sales, widgets sold, sales]", "aliases: [Acme's widget sales]")
    assert overlap_warnings(tmp_path, records) == []
