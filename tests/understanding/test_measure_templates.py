"""A measure's own sentence (its `template`) says what it is a share of: another measure's name it uses
describes it, and does not stand for that other measure."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: widget-revenue, name: widget revenue, unit: US dollars, aliases: [widget revenue, widget revenues]}
  - {id: revenue-share, name: share of total revenue, unit: percent,
     template: "{owner} widget revenue was {value} of total revenue{period}",
     aliases: [share of total revenue, total revenue]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-widget, subject: acme, measure: widget-revenue, period: y2021, value: "$40 million", sentence: 1,
     quote: "Acme's widget revenue was $40 million"}
  - {id: acme-share, subject: acme, measure: revenue-share, period: y2021, value: 40%, sentence: 1,
     quote: "or 40% of total revenue"}
"""
TEXT = "In 2021 Acme's widget revenue was $40 million, or 40% of total revenue.\n"


def test_a_claim_naming_the_part_of_a_stated_share_is_checked_against_the_share(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, RECORDS, TEXT)
    assert engine.check("In 2021, widget revenues provided roughly 40% of Acme's total revenue.").status == "supported"
    assert engine.check("In 2021, widget revenues provided 60% of Acme's total revenue.").status == "refuted"
