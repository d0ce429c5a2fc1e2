"""`factbot draft` on a text-table: a row's figures are facts of its label and its column header.

Also what a table or a period written around figures must not become: a table reference ("(Tables 1, 1A, 5)"),
the length of a period ("the same 12 month period"), and a year ended in December read as a split year.
"""

from __future__ import annotations

from pathlib import Path

from factbot.curation.draft import Draft, draft_source
from factbot.curation.render import render_draft
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.verification.findings import FAILURE
from factbot.verification.verify import verify_folder

TEXT = (
    "Widget Sales by Maker, 2021-2022\n"
    "Year | Acme | Bolt |\n"
    "---|---|---|\n"
    "2021 | 120.5 | 90.2 |\n"
    "2022 | 150.1 | 95.3 |\n"
    "Acme sold 150.1 million widgets in 2022 (Tables 1, 1A, 5).\n"
    "Bolt sold 20 gadgets in the 12 months ended December 2022, up 5% from the same 12 month period.\n"
)


def draft() -> Draft:
    return draft_source("widgets", "Widgets", "sources/widgets.txt", TEXT, builtin_lexicon())


def test_each_figure_of_a_row_is_a_fact_of_its_column_in_its_rows_period() -> None:
    facts = [fact for fact in draft().facts if fact.sentence in (4, 5)]
    assert [(fact.subject, fact.period, fact.written) for fact in facts] == [
        ("acme", "y2021", "120.5"),
        ("bolt", "y2021", "90.2"),
        ("acme", "y2022", "150.1"),
        ("bolt", "y2022", "95.3"),
    ]
    assert all(fact.context == ((2, fact.subject.title()),) for fact in facts)
    assert {fact.measure for fact in facts} == {"widget-sales"}


def test_header_and_rule_rows_are_claim_free_with_their_reason() -> None:
    result = draft()
    assert [number for number, _ in result.table_lines] == [2, 3]
    assert not {2, 3, 4, 5} & set(result.headings)


def test_no_table_reference_or_length_of_a_period_becomes_a_fact() -> None:
    written = [fact.written for fact in draft().facts if fact.sentence in (6, 7)]
    assert sorted(written) == sorted(["150.1 million", "20", "+5%"])


def test_a_year_ended_in_december_is_drafted_as_the_calendar_year() -> None:
    (gadgets,) = [fact for fact in draft().facts if fact.written == "20"]
    assert gadgets.period == "y2022"


def test_the_drafted_table_loads_and_passes_verify(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "widgets.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "widgets.yaml").write_text(render_draft(draft()), encoding="utf-8")
    report = verify_folder(tmp_path)
    assert report.count(FAILURE) == 0, [finding.message for finding in report.findings if finding.level == FAILURE]
