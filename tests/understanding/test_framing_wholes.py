"""A whole named beside one of its parts frames the part: the figure asked is the part's."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

HOURS = """
entities:
  - {id: employed, name: employed persons, kind: population, is_whole: true, aliases: [employed persons]}
  - {id: weekdays, name: weekdays, kind: day type, aliases: [weekdays]}
  - {id: weekends, name: weekend days, kind: day type, aliases: [weekend days]}
measures:
  - {id: hours, name: hours worked, unit: hours, aliases: [hours worked, hours]}
periods:
  - {id: y2012, aliases: ["2012"]}
facts:
  - {id: all, subject: employed, measure: hours, period: y2012, value: 7.7 hours, sentence: 1,
     quote: "In 2012 employed persons worked 7.7 hours"}
  - {id: weekday, subject: weekdays, measure: hours, period: y2012, value: 8.0 hours, sentence: 2,
     quote: "8.0 hours on weekdays", context: [{sentence: 1, quote: "In 2012"}]}
  - {id: weekend, subject: weekends, measure: hours, period: y2012, value: 5.7 hours, sentence: 2,
     quote: "5.7 hours on weekend days", context: [{sentence: 1, quote: "In 2012"}]}
"""
TEXT = "In 2012 employed persons worked 7.7 hours.\nThey worked 8.0 hours on weekdays and 5.7 hours on weekend days.\n"


def test_the_part_named_after_the_whole_is_the_subject(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, HOURS, TEXT).ask("How many hours did employed persons work on weekdays in 2012?")
    assert answer.status == "answered"
    assert "8.0 hours" in answer.text
    assert "7.7" not in answer.text


def test_a_whole_listed_with_a_part_or_set_against_it_stays_a_subject(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, HOURS, TEXT)
    listed = engine.ask("What were the hours of employed persons and weekdays in 2012?")
    assert "7.7 hours" in listed.text and "8.0 hours" in listed.text
    compared = engine.ask("How many more hours did weekdays have than employed persons in 2012?")
    assert "0.3 hours" in compared.text


def test_a_whole_set_against_a_part_by_a_comparison_stays_a_subject(tmp_path: Path) -> None:
    """No list word stands between the names, but the comparison asks both figures."""
    answer = tiny_engine(tmp_path, HOURS, TEXT).ask("How did hours of employed persons compare to weekdays in 2012?")
    assert "7.7 hours" in answer.text and "8.0 hours" in answer.text, answer.text


def test_two_parts_set_against_each_other_leave_the_whole_as_frame(tmp_path: Path) -> None:
    """Three names and two sides: the whole next to the first part frames it, and the parts are the sides."""
    engine = tiny_engine(tmp_path, HOURS, TEXT)
    answer = engine.ask("How many more hours did employed persons work on weekdays than on weekend days in 2012?")
    assert answer.status == "answered" and "2.3" in answer.text, answer.text


LINE = """
entities:
  - {id: line, name: the line, kind: railroad, aliases: [line, railroad], members: [north, south]}
  - {id: north, name: the north section, kind: section, aliases: [from Ardale to Bexley]}
  - {id: south, name: the south section, kind: section, aliases: [from Bexley to Corton]}
measures:
  - {id: length, name: length, unit: miles, aliases: [length, long, miles]}
facts:
  - {id: north-length, subject: north, measure: length, value: "22", sentence: 1,
     quote: "22 miles from Ardale to Bexley"}
  - {id: south-length, subject: south, measure: length, value: "10", sentence: 1,
     quote: "10 miles from Bexley to Corton"}
"""
LINE_TEXT = "The railroad ran 22 miles from Ardale to Bexley and 10 miles from Bexley to Corton.\n"


def test_a_group_named_beside_its_member_frames_it(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, LINE, LINE_TEXT).ask("How many miles of railroad from Ardale to Bexley?")
    assert answer.status == "answered" and "22" in answer.text and "10" not in answer.text, answer.text
