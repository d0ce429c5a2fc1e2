"""Members listed right before their group ("the Acme/Bolt partnership") name the group, not subjects of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import Engine
from tiny import tiny_engine

TEXT = "Acme and Bolt formed a partnership that sold 240 widgets in 2021.\nCrux sold 300 widgets in 2021.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
  - {id: partnership, name: the partnership, kind: group, aliases: [partnership], members: [acme, bolt],
     evidence: [{sentence: 1, quote: "Acme and Bolt formed a partnership"}]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, widgets]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: partnership-2021, subject: partnership, measure: widget-sales, period: y2021, value: "240 widgets",
     sentence: 1, quote: "a partnership that sold 240 widgets in 2021"}
  - {id: crux-2021, subject: crux, measure: widget-sales, period: y2021, value: "300 widgets",
     sentence: 2, quote: "Crux sold 300 widgets in 2021"}
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("member-lists"), RECORDS, TEXT)


@pytest.mark.parametrize(
    "question",
    [
        "How many more widgets did Crux sell than the Acme/Bolt partnership in 2021?",
        "How many more widgets did Crux sell than the Acme and Bolt partnership in 2021?",
    ],
)
def test_members_listed_before_their_group_name_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered" and "60 widgets" in answer.text, answer.text


TRIO_TEXT = "Acme sold 120 widgets in 2021.\nBolt sold 90 widgets in 2021.\nCrux sold 40 widgets in 2021.\n"
TRIO = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: crux, name: Crux, kind: company, aliases: [Crux]}
  - {id: trio, name: the Trio group, kind: group, aliases: [Trio, Trio group], members: [acme, bolt, crux]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, widgets]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets", sentence: 1,
     quote: "Acme sold 120 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets", sentence: 2,
     quote: "Bolt sold 90 widgets in 2021"}
  - {id: crux-2021, subject: crux, measure: widget-sales, period: y2021, value: "40 widgets", sentence: 3,
     quote: "Crux sold 40 widgets in 2021"}
"""


@pytest.mark.parametrize(
    "question",
    [
        "What were the widget sales of Acme, Bolt and the Trio group in 2021?",  # an article opens a new name
        "What were the widget sales of the Acme and Bolt Trio group in 2021?",  # some of the members only
    ],
)
def test_names_beside_a_group_stay_subjects(tmp_path: Path, question: str) -> None:
    answer = tiny_engine(tmp_path, TRIO, TRIO_TEXT).ask(question)
    assert "250" not in answer.text, answer.text


def test_all_the_members_listed_name_their_group(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, TRIO, TRIO_TEXT).ask(
        "What were the widget sales of the Acme, Bolt and Crux Trio group in 2021?"
    )
    assert "250 widgets" in answer.text, answer.text
