"""One figure against a multiple or a fraction of another, said in words: a bound on their ratio."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.understanding.analysis import analyse
from tiny import RECORDS, TEXT, tiny_engine

MARGIN = """
  - {id: margin, name: profit margin, unit: percent, aliases: [profit margin, margin]}
facts:
  - {id: acme-margin, subject: acme, measure: margin, period: y2021, value: "40 percent", sentence: 7,
     quote: "Acme's profit margin was 40 percent in 2021"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    records = RECORDS.replace("\nperiods:", MARGIN.split("facts:")[0].rstrip("\n") + "\nperiods:", 1)
    records = records.replace("\nfacts:\n", "\nfacts:\n" + MARGIN.split("facts:\n")[1], 1)
    text = TEXT + "Acme's profit margin was 40 percent in 2021.\n"
    return tiny_engine(tmp_path_factory.mktemp("multiples"), records, text)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme sell more than twice as many widgets as Bolt in 2021?", "No."),  # 150 ÷ 90 = 1.67
        ("Did Acme sell less than double Bolt's widgets in 2021?", "Yes."),
        ("Did Bolt sell more than half as many widgets as Acme in 2021?", "Yes."),  # 0.6
        ("Did Bolt sell less than a third of Acme's widget sales in 2021?", "No."),
        ("Did Acme sell at least 1.5 times as many widgets as Bolt in 2021?", "Yes."),
        ("Were Acme's widget sales in 2021 more than half the 2020 sales?", "Yes."),  # 150 ÷ 120, over time
    ],
)
def test_a_multiple_is_a_bound_on_the_ratio(engine: Engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and answer.text.startswith(verdict), answer.text
    assert any("÷" in line for line in answer.working)


def test_the_ratio_is_shown_as_working(engine: Engine) -> None:
    answer = engine.ask("Did Acme sell more than twice as many widgets as Bolt in 2021?")
    assert "150 widgets ÷ 90 widgets = 1.67" in answer.working


def test_sides_of_different_measures_are_refused(engine: Engine) -> None:
    answer = engine.ask("Was Acme's profit margin more than double Bolt's widget sales in 2021?")
    assert answer.status != "answered" and not answer.text.startswith(("Yes", "No"))


def test_a_fraction_of_a_whole_stays_a_figure(engine: Engine) -> None:
    analysis = analyse("Did Acme sell more than half of the widgets in 2021?", engine.kb)
    assert not analysis.multiples


def test_a_fraction_of_another_figure_is_no_claimed_figure(engine: Engine) -> None:
    analysis = analyse("Were Acme's 2021 sales more than half Bolt's?", engine.kb)
    assert [(item.factor, item.bound.value) for item in analysis.multiples] == [(0.5, "more than")]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Acme's widget sales double from 2020 to 2021?", "No."),  # 120 then 60: the later over the earlier
        ("Did Acme's widget sales double between 2020 and 2021?", "No."),
        ("Were Acme's widget sales in 2020 twice those in 2021?", "Yes."),  # two figures named: in that order
    ],
)
def test_a_multiple_over_a_span_is_the_later_over_the_earlier(
    tmp_path_factory: pytest.TempPathFactory, question: str, verdict: str
) -> None:
    records = RECORDS.replace("150 widgets", "60 widgets")
    engine = tiny_engine(tmp_path_factory.mktemp("falling"), records, TEXT.replace("150 widgets", "60 widgets"))
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text
