"""A gap between two subjects is shown in relative terms too, and "by what percent ... higher" asks for it."""

from __future__ import annotations

from pathlib import Path

from tiny import RECORDS, tiny_engine


def test_by_what_percent_higher_gives_the_gap_relative_to_the_lower(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask("By what percent were Acme's widget sales higher than Bolt's in 2021?")
    assert answer.status == "answered" and "66.7%" in answer.text  # (150 − 90) ÷ 90
    assert "exceeded Bolt's by 60 widgets" in answer.text


def test_a_comparison_agrees_with_its_measure(tmp_path: Path) -> None:
    records = RECORDS.replace("name: widget sales", "name: widget output")
    answer = tiny_engine(tmp_path, records).ask("Did Acme sell more than Bolt in 2021?")
    assert "widget output in 2021 was higher" in answer.text


def test_by_what_percentage_asks_an_amount_of_any_operation(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "periods:", "  - {id: share, name: market share, unit: percent, aliases: [market share, percentage]}\nperiods:"
    )
    answer = tiny_engine(tmp_path, records).ask("By what percentage did Acme's widget sales rise from 2020 to 2021?")
    assert answer.status == "answered" and "25%" in answer.text
