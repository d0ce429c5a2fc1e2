"""A measure named by a superlative ("warmest") is named by its comparative too, which asks to compare, and the
superlative asks for the highest: across the periods named when there is one subject."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: land, name: Freedonia, kind: country, aliases: [Freedonia]}
measures:
  - {id: temp, name: average temperature, unit: °F, aliases: [average temperature, how warm, warmest]}
  - {id: crop, name: grain harvest, unit: tons, aliases: [harvest]}
periods:
  - {id: y2012, aliases: ["2012"]}
  - {id: y2016, aliases: ["2016"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: t2012, subject: land, measure: temp, period: y2012, value: 55.3°F, sentence: 1, quote: "2012 (55.3°F)"}
  - {id: t2016, subject: land, measure: temp, period: y2016, value: 54.9°F, sentence: 1, quote: "2016 (54.9°F)"}
  - {id: t2017, subject: land, measure: temp, period: y2017, value: 54.6°F, sentence: 2, quote: "54.6°F in 2017"}
  - {id: c2017, subject: land, measure: crop, period: y2017, value: 10 tons, sentence: 3, quote: "10 tons in 2017"}
"""
TEXT = (
    "Freedonia's warmest years were 2012 (55.3°F) and 2016 (54.9°F).\n"
    "Its average temperature was 54.6°F in 2017.\n"
    "Its grain harvest was 10 tons in 2017.\n"
)


def test_a_comparative_of_a_superlative_alias_compares(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Was 2016 warmer than 2017?").text.startswith("Yes")
    assert engine.ask("Was 2017 warmer than 2016?").text.startswith("No")


def test_how_much_and_a_comparative_asks_the_difference(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("How much warmer was 2012 than 2017?")
    assert answer.status == "answered" and "0.7" in answer.text


def test_a_superlative_across_periods_names_the_period(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which year was the warmest: 2012, 2016 or 2017?")
    assert answer.status == "answered" and answer.text.startswith("In 2012")


def test_a_noun_ending_like_a_superlative_is_no_superlative(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was the harvest in 2017?")
    assert answer.status == "answered" and "10 tons" in answer.text and "highest" not in answer.text


def test_a_whole_whose_parts_have_no_such_figure_is_compared_over_time(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "aliases: [Freedonia]}",
        "aliases: [Freedonia], members: [north]}\n  - {id: north, name: the North, kind: region, aliases: [North]}",
    ).replace(
        "facts:\n",
        "facts:\n  - {id: n2017, subject: north, measure: crop, period: y2017, value: 10 tons, sentence: 3,"
        ' quote: "10 tons in 2017"}\n',
    )
    answer = tiny_engine(tmp_path, records, TEXT).ask("Which year was the warmest: 2012, 2016 or 2017?")
    assert answer.status == "answered" and answer.text.startswith("In 2012")


def test_a_period_beaten_by_another_was_not_the_highest(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.ask("Was 2017 the warmest year?").text.startswith("No")
    assert engine.ask("Was 2012 the warmest year?").status != "answered"  # the sources need not give every year


def test_a_superlative_in_a_period_others_have_figures_for_ranks_the_subjects(tmp_path: Path) -> None:
    """Another subject with a figure in 2017: "was Freedonia the warmest in 2017?" ranks the two, not Freedonia's
    years (which would say No from its warmer 2012)."""
    records = (
        RECORDS.replace(
            "measures:",
            "  - {id: sylvania, name: Sylvania, kind: country, aliases: [Sylvania]}\nmeasures:",
        )
        + "  - {id: s2017, subject: sylvania, measure: temp, period: y2017, value: 50.1°F, sentence: 4,\n"
        + '     quote: "50.1°F"}\n'
    )
    text = TEXT + "Sylvania's average temperature was 50.1°F in 2017.\n"
    answer = tiny_engine(tmp_path, records, text).ask("Was Freedonia the warmest in 2017?")
    assert answer.text.startswith("Yes"), answer.text
