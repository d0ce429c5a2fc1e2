"""Plans over changes: when a set's subjects have no level of the measure for the period but each has a change,
difference, sum, extreme, rank, average and comparisons work over the signed changes, and say they are changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = (
    "In March, Acme added 70 jobs, Bolt added 30 jobs and Core lost 20 jobs.\n"
    "Acme added 50 jobs in February.\n"
    "Bolt's headcount was 400 jobs in February.\n"
    "Acme's profit margin shrank 2 percent in March.\n"
)

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: core, name: Core, kind: company, aliases: [Core]}
measures:
  - {id: jobs, name: payroll, unit: jobs, template: "{owner} payroll changed by {value}{period}",
     aliases: [payroll, jobs]}
  - {id: margin-change, name: change in profit margin, unit: percent, is_change: true,
     template: "{owner} profit margin changed by {value}{period}", aliases: [profit margin, margin]}
periods:
  - {id: m03, aliases: ["March 2023", "March"]}
  - {id: m02, aliases: ["February 2023", "February"]}
facts:
  - {id: acme-mar, subject: acme, measure: jobs, period: m03, change: "+70", sentence: 1, quote: "Acme added 70 jobs"}
  - {id: bolt-mar, subject: bolt, measure: jobs, period: m03, change: "+30", sentence: 1, quote: "Bolt added 30 jobs"}
  - {id: core-mar, subject: core, measure: jobs, period: m03, change: "-20", sentence: 1, quote: "Core lost 20 jobs"}
  - {id: acme-feb, subject: acme, measure: jobs, period: m02, change: "+50", sentence: 2, quote: "Acme added 50 jobs"}
  - {id: bolt-feb-level, subject: bolt, measure: jobs, period: m02, value: "400", sentence: 3,
     quote: "Bolt's headcount was 400 jobs in February"}
  - {id: acme-margin, subject: acme, measure: margin-change, period: m03, value: "-2 percent", sentence: 4,
     quote: "Acme's profit margin shrank 2 percent"}
"""


FLAGGED = (
    RECORDS.replace('change: "+70"', 'value: "+70"')
    .replace('change: "+30"', 'value: "+30"')
    .replace('change: "-20"', 'value: "-20"')
    .replace('change: "+50"', 'value: "+50"')
    .replace("aliases: [payroll, jobs]}", "aliases: [payroll, jobs], is_change: true}")
    .replace("bolt-feb-level, subject: bolt, measure: jobs", "bolt-feb-level, subject: bolt, measure: headcount")
    .replace("measures:\n", "measures:\n  - {id: headcount, name: headcount, unit: jobs, aliases: [headcount]}\n")
)
"""The same figures as values of a measure flagged `is_change: true`: every plan answers alike."""


@pytest.fixture(scope="module", params=[RECORDS, FLAGGED], ids=["change", "is_change"])
def engine(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("change-sets"), request.param, TEXT)


def test_a_difference_of_two_changes(engine: Engine) -> None:
    answer = engine.ask("How many more jobs did Acme add than Bolt in March?")
    assert answer.status == "answered"
    assert "40" in answer.text
    assert "70 − 30 = 40" in " ".join(answer.working)
    assert "change" in answer.text


def test_a_difference_with_a_fall_keeps_its_sign(engine: Engine) -> None:
    answer = engine.ask("What is the difference between Bolt's and Core's payroll in March?")
    assert answer.status == "answered"
    assert "50" in answer.text
    assert "30 − (−20) = 50" in " ".join(answer.working)


def test_a_sum_of_several_subjects_changes_is_a_net_change(engine: Engine) -> None:
    answer = engine.ask("Acme + Bolt + Core: net jobs in March?")
    assert answer.status == "answered"
    assert "80" in answer.text
    assert "70 + 30 − 20 = 80" in " ".join(answer.working)


def test_a_sum_of_one_subjects_changes_over_periods(engine: Engine) -> None:
    answer = engine.ask("total jobs added by Acme in February and March combined")
    assert answer.status == "answered"
    assert "120" in answer.text


def test_a_sum_over_periods_with_no_subject_named_is_the_one_subject_covering_them(engine: Engine) -> None:
    answer = engine.ask("total jobs added in February and March combined")
    assert answer.status == "answered"
    assert "Acme" in answer.text
    assert "120" in answer.text


def test_a_ratio_of_changes_is_refused(engine: Engine) -> None:
    answer = engine.ask("How many times more jobs did Acme add than Core in March?")
    assert answer.status != "answered"


def test_the_extreme_of_changes(engine: Engine) -> None:
    answer = engine.ask("Which added the most jobs in March: Acme, Bolt or Core?")
    assert answer.status == "answered"
    assert answer.text.startswith("Acme")
    smallest = engine.ask("Which had the smallest payroll change in March: Acme, Bolt or Core?")
    assert smallest.status == "answered"
    assert smallest.text.startswith("Core")


def test_a_fall_asked_as_the_most_is_the_largest_fall(engine: Engine) -> None:
    answer = engine.ask("Which lost the most jobs in March: Acme, Bolt or Core?")
    assert answer.status == "answered"
    assert answer.text.startswith("Core")


def test_the_fewest_lost_among_rises_and_falls_is_not_guessed(engine: Engine) -> None:
    answer = engine.ask("Which lost the fewest jobs in March: Acme, Bolt or Core?")
    assert answer.status != "answered"


def test_a_comparison_of_falls_asks_which_fell_more(engine: Engine) -> None:
    answer = engine.ask("Did Bolt lose more jobs than Core in March?")
    assert answer.status == "answered"
    assert answer.text.startswith("No")


def test_a_rank_of_changes(engine: Engine) -> None:
    answer = engine.ask("Rank Acme, Bolt and Core by jobs in March")
    assert answer.status == "answered"
    assert answer.text.index("Acme") < answer.text.index("Bolt") < answer.text.index("Core")


def test_an_average_of_changes(engine: Engine) -> None:
    answer = engine.ask("What was the average payroll change of Acme, Bolt and Core in March?")
    assert answer.status == "answered"
    assert "26.67" in answer.text or "26.7" in answer.text


def test_a_yes_no_comparison_of_changes(engine: Engine) -> None:
    answer = engine.ask("Did Acme add more jobs than Bolt in March?")
    assert answer.status == "answered"
    assert answer.text.startswith("Yes")


def test_levels_and_changes_are_never_mixed(engine: Engine) -> None:
    answer = engine.ask("How many more jobs did Bolt have than Acme in February?")
    assert answer.status != "answered" or "350" not in answer.text


def test_a_change_reads_as_english_with_its_sign(engine: Engine) -> None:
    rise = engine.ask("How many jobs did Acme add in March?")
    assert "changed by up" not in rise.text
    assert "70" in rise.text
    fall = engine.ask("What was Core's payroll in March?")
    assert "changed by down" not in fall.text
    assert "−20" in fall.text or "fell by 20" in fall.text


def test_a_change_measures_fall_keeps_its_sign(engine: Engine) -> None:
    answer = engine.ask("What was Acme's profit margin in March?")
    assert answer.status == "answered"
    assert "−2" in answer.text or "fell by 2" in answer.text


def test_a_fall_answers_yes_no_by_its_sign(engine: Engine) -> None:
    assert engine.ask("Did Core lose jobs in March?").text.startswith("Yes")
    assert engine.ask("Did Core add jobs in March?").text.startswith("No")


DECLINES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: decline, name: decline in sales, unit: percent, is_change: true, template: "{owner} sales fell by {value}",
     aliases: [sales, fell, fall, decline]}
facts:
  - {id: acme-fall, subject: acme, measure: decline, value: 2%, sentence: 1, quote: "Acme's sales fell by 2%"}
  - {id: bolt-fall, subject: bolt, measure: decline, value: 9%, sentence: 2, quote: "Bolt's sales fell by 9%"}
"""


def test_a_measure_naming_a_fall_is_read_as_it_stands(tmp_path: Path) -> None:
    text = "Acme's sales fell by 2%.\nBolt's sales fell by 9%.\n"
    answer = tiny_engine(tmp_path, DECLINES, text).ask("Whose sales fell the most?")
    assert answer.status == "answered"
    assert answer.text.startswith("Bolt")
