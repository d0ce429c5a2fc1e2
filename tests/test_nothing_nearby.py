"""An unknown answer says once what the sources do not give: with nothing near a name, no second sentence."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import RECORDS, TEXT, tiny_engine


def test_a_name_with_nothing_near_is_said_missing_once(tmp_path: Path) -> None:
    records = RECORDS.replace("measures:", "  - {id: cole, name: Cole, kind: company, aliases: [Cole]}\nmeasures:", 1)
    answer = tiny_engine(tmp_path, records, TEXT).ask("Cole in 2021?")
    assert answer.status is Status.UNKNOWN and answer.text.count("The sources don't") == 1, answer.text
