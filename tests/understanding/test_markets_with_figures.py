"""A market named beside another subject qualifies its figures ("Acme's sales in Ardia"), and is no side of a
comparison or a share; but a market with figures of the measure itself is a whole like any other: "what share of
Ardia's 200 widgets did Acme sell?" divides Acme's figure by Ardia's."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.results import Status
from tiny import tiny_engine

TEXT = "In 2021, 200 widgets were sold in Ardia, 50 of them by Acme.\n"
RECORDS = """
entities:
  - {id: ardia, name: the Ardia market, kind: market, aliases: [Ardia]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: ardia-2021, subject: ardia, measure: sales, period: y2021, value: "200", sentence: 1,
     quote: "In 2021, 200 widgets were sold in Ardia"}
  - {id: acme-2021, subject: acme, measure: sales, period: y2021, value: "50", sentence: 1, quote: "50 of them by Acme"}
"""


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of Ardia's widget sales in 2021 were Acme's?",
        "What share of Ardia's 200 widgets in 2021 did Acme sell?",
    ],
)
def test_a_market_with_its_own_figure_is_the_whole_of_a_share(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status is Status.ANSWERED and "25%" in answer.text


def test_a_market_without_figures_of_its_own_only_qualifies(tmp_path: Path) -> None:
    records = "\n".join(line for line in RECORDS.splitlines() if "ardia-2021" not in line and "200 widgets" not in line)
    answer = tiny_engine(tmp_path, records, TEXT).ask("What percentage of Ardia's widget sales in 2021 were Acme's?")
    assert answer.status is not Status.ANSWERED


@pytest.mark.parametrize(
    "question",
    ["Did Acme sell more widgets in Ardia in 2021?", "Were Acme's widget sales in Ardia bigger in 2021?"],
)
def test_a_market_with_its_own_figure_is_no_side_of_a_comparison(tmp_path: Path, question: str) -> None:
    """Acme's sales are part of Ardia's: "more in Ardia" qualifies Acme's figure and never sets it against the
    market's total, which holds it (a confident "No, 200 against 50" would answer what was not asked)."""
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(question)
    assert answer.status is not Status.ANSWERED
