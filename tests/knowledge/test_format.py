"""The knowledge format says what real texts say: changes, bounds, money, periods, shared records."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.model import Knowledge
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.quantities import Bound
from factbot.knowledge.yamlfile import KnowledgeError

TEXT = (
    "Imports reached a record 49.1 million bags the previous year but slipped 2.6 million bags this year.\n"
    "Roasted imports totaled 1.4 million bags in 2022/23, down from 2.1 million bags 4 years earlier.\n"
    "The ten top payers received bills for over $161 million, or just under 1% of the total.\n"
    "On May 23, 2024, the DOJ filed a lawsuit in Washington.\n"
)


def folder_with(tmp_path: Path, records: str, text: str = TEXT, name: str = "trade") -> Path:
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    header = f"source: {{id: {name}, title: A test source, file: sources/{name}.txt}}\n"
    (folder / f"{name}.yaml").write_text(header + textwrap.dedent(records), encoding="utf-8")
    return folder


BASE = """
entities:
  - {id: eu, name: the European Union, kind: region, aliases: [European Union, EU]}
  - {id: payers, name: the top ten payers, kind: group, aliases: [top payers]}
  - {id: doj, name: the DOJ, kind: agency, aliases: [DOJ]}
  - {id: washington, name: Washington, kind: city, aliases: [Washington]}
measures:
  - {id: imports, name: green coffee imports, unit: bags, aliases: [imports]}
  - {id: bills, name: property tax bills, unit: US dollars, aliases: [bills]}
  - {id: bill-share, name: share of property taxes, unit: percent, aliases: [share]}
periods:
  - {id: my2022, aliases: ["2022/23", this year]}
  - {id: my2021, relative_to: my2022, offset: -1, aliases: [the previous year]}
  - {id: my2018, relative_to: my2022, offset: -4}
"""


def load(tmp_path: Path, records: str) -> Knowledge:
    return load_knowledge(folder_with(tmp_path, BASE + textwrap.dedent(records)))


def problems(tmp_path: Path, records: str) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load(tmp_path, records)
    return [str(problem) for problem in caught.value.problems]


def test_a_fall_is_a_negative_change_in_the_same_measure(tmp_path: Path) -> None:
    knowledge = load(
        tmp_path,
        """
        facts:
          - {id: level, subject: eu, measure: imports, period: my2021, value: 49.1 million, sentence: 1,
             quote: "reached a record 49.1 million bags"}
          - {id: slip, subject: eu, measure: imports, period: my2022, change: -2.6 million, sentence: 1,
             quote: "slipped 2.6 million bags"}
        """,
    )
    level, slip = knowledge.facts
    assert not level.is_change and level.value == Decimal("49100000")
    assert slip.is_change and slip.value == Decimal("-2600000") and slip.value_text == "2.6 million"


def test_a_fact_needs_a_value_or_a_change_but_not_both(tmp_path: Path) -> None:
    [problem] = problems(
        tmp_path,
        """
        facts:
          - {id: both, subject: eu, measure: imports, value: 49.1 million, change: "+1", sentence: 1,
             quote: "reached a record 49.1 million bags"}
        """,
    )
    assert "exactly one of `value:`" in problem


def test_bounds_and_currency_are_kept_on_the_fact(tmp_path: Path) -> None:
    knowledge = load(
        tmp_path,
        """
        facts:
          - {id: payer-bills, subject: payers, measure: bills, value: over $161 million, sentence: 3,
             quote: "received bills for over $161 million"}
          - {id: share, subject: payers, measure: bill-share, value: just under 1%, sentence: 3,
             quote: "just under 1% of the total"}
        """,
    )
    bills, share = knowledge.facts
    assert (bills.bound, bills.currency, bills.value) == (Bound.MORE_THAN, "$", Decimal("161000000"))
    assert (share.bound, share.percent) == (Bound.LESS_THAN, True)
    assert not bills.is_exact


def test_periods_read_their_span_and_relative_periods_follow_their_base(tmp_path: Path) -> None:
    periods = load(tmp_path, "").periods
    assert periods["my2022"].key == PeriodKey(PeriodKind.SPLIT_YEAR, 2022)
    assert periods["my2022"].label == "in 2022/23"
    assert periods["my2018"].key == PeriodKey(PeriodKind.SPLIT_YEAR, 2018)
    assert periods["my2018"].label == "in 2018/19"
    assert periods["my2021"].order < periods["my2022"].order


def test_a_period_with_nothing_to_sort_it_by_is_refused(tmp_path: Path) -> None:
    records = BASE.replace("periods:\n", "periods:\n  - {id: someday, label: one day}\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder_with(tmp_path, records))
    assert "needs `order:`" in str(caught.value)


def test_statements_carry_date_place_people_and_default_answer(tmp_path: Path) -> None:
    knowledge = load(
        tmp_path,
        """
        statements:
          - {id: suit, sentence: 4, quote: "the DOJ filed a lawsuit", date: "May 23, 2024",
             context: [{sentence: 4, quote: "On May 23, 2024"}], place: washington, people: [doj]}
        """,
    )
    [statement] = knowledge.statements
    assert statement.when == PeriodKey(PeriodKind.DATE, 2024, 5, 23)
    assert (statement.place, statement.people) == ("washington", ("doj",))
    assert statement.answer == "On May 23, 2024, the DOJ filed a lawsuit in Washington."
    assert len(statement.evidence) == 2


def test_a_statement_date_must_be_in_its_quotes(tmp_path: Path) -> None:
    [problem] = problems(
        tmp_path, 'statements:\n  - {id: suit, sentence: 4, quote: "the DOJ filed a lawsuit", date: "June 1, 2024"}\n'
    )
    assert "not written in the quote" in problem


def test_two_sources_share_one_entity(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, BASE)
    other = "Exports to the European Union rose.\n"
    (folder / "sources" / "other.txt").write_text(other, encoding="utf-8")
    (folder / "zother.yaml").write_text(
        "source: {id: other, title: Other, file: sources/other.txt}\n"
        "entities:\n  - {id: eu, name: the EU, kind: region, aliases: [European Union, Europe's union]}\n"
        "statements:\n  - {id: rose, about: [eu], sentence: 1, quote: Exports to the European Union rose}\n",
        encoding="utf-8",
    )
    knowledge = load_knowledge(folder)
    assert knowledge.entities["eu"].aliases == ("European Union", "EU", "Europe's union")
    assert knowledge.entities["eu"].name == "the European Union"


def test_a_shared_record_must_agree_on_its_kind(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, BASE)
    (folder / "sources" / "other.txt").write_text("The EU.\n", encoding="utf-8")
    (folder / "zother.yaml").write_text(
        "source: {id: other, title: Other, file: sources/other.txt}\n"
        "entities:\n  - {id: eu, name: the EU, kind: company, aliases: [EU]}\nclaim_free: [{sentence: 1, reason: x}]\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert "must agree" in str(caught.value) and "zother.yaml:3" in str(caught.value)


def test_a_repeated_id_inside_one_file_is_still_a_mistake(tmp_path: Path) -> None:
    records = BASE.replace("entities:\n", "entities:\n  - {id: eu, name: EU, kind: region, aliases: [Brussels]}\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder_with(tmp_path, records))
    assert "duplicate id 'eu'" in str(caught.value)


def test_a_source_brings_its_own_domain_words(tmp_path: Path) -> None:
    knowledge = load(tmp_path, "lexicon:\n  abbreviations: {gci: green coffee imports}\n")
    assert knowledge.lexicon.abbreviations["gci"] == "green coffee imports"
    assert "million" in knowledge.lexicon.scale_words


def test_an_extension_cannot_change_a_built_in_word(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, "lexicon:\n  scale_words: {million: 1000}\n")
    assert "cannot change one" in problem and "trade.yaml" in problem
