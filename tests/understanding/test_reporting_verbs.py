"""The one before a reporting verb ("did X put Y's share above ...") reported the figure: it is not its subject."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: regulator, name: the regulator, kind: agency, aliases: [regulator]}
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: cyan, name: Cyan, kind: company, aliases: [Cyan]}
measures:
  - {id: share, name: market share, unit: percent, aliases: [market share, share]}
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
facts:
  - {id: acme-share, subject: acme, measure: share, period: y2020, value: 40%, sentence: 1,
     quote: "the regulator estimated that Acme held 40% of the market"}
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2020, value: "90 widgets", sentence: 2,
     quote: "Bolt sold 90 widgets"}
"""
TEXT = (
    "In 2020, the regulator estimated that Acme held 40% of the market, ahead of Cyan.\n"
    "In 2020, Bolt sold 90 widgets.\n"
)


def test_the_one_before_a_reporting_verb_reported_the_figure(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did the regulator put Acme's share above 50%?")
    assert answer.status == "answered" and answer.text.startswith("No") and "40" in answer.text


def test_a_reporter_the_figures_sentence_does_not_name_is_not_explained(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Bolt put Acme's share above 50%?")
    assert answer.status != "answered"


def test_with_no_one_named_after_the_verb_it_is_the_subject(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Bolt report sales above 100 widgets?")
    assert answer.status == "answered" and answer.text.startswith("No") and "90" in answer.text


def test_one_the_sentence_names_but_not_as_reporting_is_not_the_reporter(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Did Cyan put Acme's share above 30%?")
    assert answer.status != "answered"
