"""A measure asked in a unit it is not counted in, where that unit is another measure's ("the <percent rate> in
<another measure's unit>"), is not answered: no figure of it is in that unit, and a statement naming the other
measure must not stand for the unit. Asked in its own unit, the measure is answered as before."""

from __future__ import annotations

from pathlib import Path

from tiny import RECORDS as WIDGETS
from tiny import TEXT as WIDGET_TEXT
from tiny import tiny_engine

TEXT = (
    "In 2020 Ardia's birth rate was 60 births per 1,000 women, and 9% of its births were early.\n"
    "Birth rates among older women and early births both rose in Ardia.\n"
)
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: state, aliases: [Ardia]}
measures:
  - {id: births, name: birth rate, unit: "births per 1,000 women", aliases: [birth rate, "births per 1,000 women"]}
  - {id: early, name: early birth rate, unit: percent, aliases: [early birth rate, early births]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: ardia-births, subject: ardia, measure: births, period: y2020, value: "60", sentence: 1,
     quote: "In 2020 Ardia's birth rate was 60 births per 1,000 women"}
  - {id: ardia-early, subject: ardia, measure: early, period: y2020, value: 9%, sentence: 1,
     quote: "9% of its births were early"}
statements:
  - {id: rose, sentence: 2, quote: "Birth rates among older women and early births both rose in Ardia.", about: [ardia]}
"""


def test_a_measure_asked_in_another_measures_unit_is_not_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was Ardia's early birth rate in births per 1,000 women?")
    assert answer.status != "answered", answer.text


def test_a_measure_asked_in_its_own_unit_is_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("What was Ardia's birth rate in births per 1,000 women in 2020?")
    assert answer.status == "answered" and "60" in answer.text


CARGO_TEXT = "In 2020 Acme carried 11 million freight tons, and its share of freight was 43%.\n"
CARGO = """
entities:
  - {id: acme, name: Acme Cargo Lines, kind: company, aliases: [Acme Cargo Lines, Acme]}
measures:
  - {id: freight, name: freight, unit: freight tons, aliases: [freight, freight tons]}
  - {id: freight-share, name: share of freight, unit: percent, aliases: [share of freight, freight share]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-freight, subject: acme, measure: freight, period: y2020, value: 11 million, sentence: 1,
     quote: "In 2020 Acme carried 11 million freight tons"}
  - {id: acme-share, subject: acme, measure: freight-share, period: y2020, value: 43%, sentence: 1,
     quote: "its share of freight was 43%"}
"""


def test_a_share_asked_in_one_word_of_another_measures_unit_is_not_answered(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, CARGO, CARGO_TEXT)
    answer = engine.ask("What was the Acme Cargo Lines freight share in million tons?")
    assert answer.status != "answered", answer.text


def test_a_measure_asked_in_one_word_of_its_own_unit_is_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, CARGO, CARGO_TEXT).ask("What was Acme's freight in million tons in 2020?")
    assert answer.status == "answered" and "11 million" in answer.text, answer.text


def test_a_share_asked_in_percent_is_answered(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, CARGO, CARGO_TEXT).ask("What was Acme's freight share in percent in 2020?")
    assert answer.status == "answered" and "43" in answer.text, answer.text


COMPARED = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: electric widget sales, unit: electric widgets, aliases: [electric widget sales, electric widgets]}
  - {id: size, name: size rank, unit: rank, aliases: [size rank, bigger]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-sales, subject: acme, measure: sales, period: y2021, value: "120", sentence: 1,
     quote: "Acme sold 120 electric widgets in 2021"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2021, value: "90", sentence: 1, quote: "Bolt sold 90"}
"""


def test_a_word_of_comparison_names_no_measure_that_makes_a_unit_foreign(tmp_path: Path) -> None:
    """ "Bigger" compares (whatever measure it also names): "in electric widgets" is the unit of what is compared."""
    engine = tiny_engine(tmp_path, COMPARED, "Acme sold 120 electric widgets in 2021 and Bolt sold 90.\n")
    answer = engine.ask("Is Bolt bigger than Acme in electric widgets in 2021?")
    assert answer.status == "answered" and answer.text.startswith("No"), answer.text


def test_a_count_asked_in_a_currency_is_not_answered(tmp_path: Path) -> None:
    """ "Acme's widget sales in yen": the figure is a count of widgets, and no figure is in money."""
    engine = tiny_engine(tmp_path, WIDGETS, WIDGET_TEXT)
    assert engine.ask("What were Acme's widget sales in yen in 2021?").status != "answered"
    assert engine.ask("What were Acme's widget sales in 2021?").status == "answered"
