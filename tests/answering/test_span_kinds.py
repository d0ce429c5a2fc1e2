"""Figures of spans of different kinds (a month, a half-year) are never one series, and a lookup answers only
when it reads every period the question names."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

TEXT = (
    "Ardia recorded 900 crashes in the first half of 2025, down from 1,000 in the first half of 2024.\n"
    "June saw the most crashes, at 180, and February the fewest, at 120.\n"
    "Crashes fell 10 percent in the first half of 2025.\n"
)
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: crashes, name: crashes, unit: crashes, aliases: [crashes]}
  - {id: crashes-change, name: percentage change in crashes, unit: percent, is_change: true,
     aliases: [percentage change in crashes]}
periods:
  - {id: h1-2024, aliases: ["first half of 2024"]}
  - {id: h1-2025, aliases: ["first half of 2025"]}
  - {id: m2025-02, aliases: ["February 2025"]}
  - {id: m2025-06, aliases: ["June 2025"]}
facts:
  - {id: ardia-h1-2025, subject: ardia, measure: crashes, period: h1-2025, value: "900", sentence: 1,
     quote: "Ardia recorded 900 crashes in the first half of 2025"}
  - {id: ardia-h1-2024, subject: ardia, measure: crashes, period: h1-2024, value: "1,000", sentence: 1,
     quote: "down from 1,000 in the first half of 2024"}
  - {id: june, subject: ardia, measure: crashes, period: m2025-06, value: "180", sentence: 2,
     quote: "June saw the most crashes, at 180"}
  - {id: february, subject: ardia, measure: crashes, period: m2025-02, value: "120", sentence: 2,
     quote: "February the fewest, at 120"}
  - {id: change, subject: ardia, measure: crashes-change, period: h1-2025, since: h1-2024, value: "-10 percent",
     sentence: 3, quote: "Crashes fell 10 percent in the first half of 2025"}
"""


def test_a_change_over_time_never_runs_from_a_half_year_to_a_month(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much did Ardia's crashes change?")
    assert "1,000 to 180" not in answer.text and "820" not in answer.text


def test_a_change_between_periods_the_question_names_is_kept(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("How much did Ardia's crashes change from the first half of 2024 to the first half of 2025?")
    assert answer.status == "answered" and "100" in answer.text


def test_a_lookup_reading_one_of_two_named_periods_is_no_answer(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    answer = engine.ask("What was Ardia's percentage change in crashes in the first half of 2025 and June 2025?")
    assert "10 percent" not in answer.text or answer.status != "answered"


SERIES_TEXT = "Acme's share was 30%, 25% and 20% in the past three years, and 15% in the first half of 2024.\n"
SERIES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: p1, label: in the first of the past three years, order: 1, aliases: [first of the past three years]}
  - {id: p2, label: in the second of the past three years, order: 2, aliases: [second of the past three years]}
  - {id: p3, label: in the latest of the past three years, order: 3, aliases: [latest of the past three years]}
  - {id: h1-2024, aliases: ["first half of 2024"]}
facts:
  - {id: s1, subject: acme, measure: share, period: p1, value: 30%, sentence: 1, quote: "Acme's share was 30%"}
  - {id: s2, subject: acme, measure: share, period: p2, value: 25%, sentence: 1, quote: "25%"}
  - {id: s3, subject: acme, measure: share, period: p3, value: 20%, sentence: 1, quote: "20% in the past three years"}
  - {id: s4, subject: acme, measure: share, period: h1-2024, value: 15%, sentence: 1,
     quote: "15% in the first half of 2024"}
"""


def test_a_series_counted_by_the_question_has_that_many_figures(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, SERIES, SERIES_TEXT).ask(
        "How much did Acme's market share fall over those three years?"
    )
    assert "15%" not in answer.text or answer.status != "answered"


def test_a_counted_series_keeps_the_spans_of_the_kind_it_counts(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, SERIES, SERIES_TEXT)
    change = engine.ask("How much did Acme's market share fall over the three years?")
    assert change.status == "answered" and "10.0 percentage points" in change.text and "15%" not in change.text
    average = engine.ask("What was Acme's average market share over the three years?")
    assert average.status == "answered" and "25%" in average.text and "15%" not in average.text


def test_a_declared_period_is_named_without_its_article(tmp_path: Path) -> None:
    records = SERIES.replace(
        "periods:\n",
        'periods:\n  - {id: census, label: since the census, order: 2011, aliases: ["since the 2010 census"]}\n'
        '  - {id: y2010, aliases: ["2010"]}\n',
    )
    records += '  - {id: s5, subject: acme, measure: share, period: census, value: 12%, sentence: 2, quote: "12%"}\n'
    records += '  - {id: s6, subject: acme, measure: share, period: y2010, value: 14%, sentence: 2, quote: "14%"}\n'
    text = SERIES_TEXT + "Its share was 14% in 2010 and has been 12% since the 2010 census.\n"
    answer = tiny_engine(tmp_path, records, text).ask("What was Acme's market share since 2010 census?")
    assert answer.status == "answered" and "12%" in answer.text and "14%" not in answer.text
