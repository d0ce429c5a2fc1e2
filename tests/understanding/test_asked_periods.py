"""A question asking which period holds an extreme: the period word is asked, so a ranking of subjects in one
period does not answer it; one subject's periods are ranked instead, all of them when none is named."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme sold 120 widgets in 2019, 150 in 2020 and 130 in 2021.\nBolt sold 90 widgets in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets]}
periods:
  - {id: y2019, aliases: ["2019"]}
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: a19, subject: acme, measure: sales, period: y2019, value: "120", sentence: 1,
     quote: "Acme sold 120 widgets in 2019"}
  - {id: a20, subject: acme, measure: sales, period: y2020, value: "150", sentence: 1, quote: "150 in 2020"}
  - {id: a21, subject: acme, measure: sales, period: y2021, value: "130", sentence: 1, quote: "130 in 2021"}
  - {id: b21, subject: bolt, measure: sales, period: y2021, value: "90", sentence: 2,
     quote: "Bolt sold 90 widgets in 2021"}
"""


def test_which_year_of_one_subject_ranks_all_its_years(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("In which year were Acme's widget sales highest?")
    assert answer.status is Status.ANSWERED and answer.text.startswith("In 2020") and "150" in answer.text


def test_which_year_is_not_answered_by_a_ranking_of_subjects(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask("Which year had the fewest widgets sold?")
    assert not answer.text.startswith(("Bolt", "Acme had"))
