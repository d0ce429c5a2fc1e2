"""An operation whose cue word only stands inside a measure's name ("per" of "widgets per year") is not asked: it
does not take over the comparison the question asks ("more ... than")."""

from __future__ import annotations

from pathlib import Path

from tiny import RECORDS, tiny_engine


def test_a_ratio_word_inside_a_name_does_not_answer_a_comparison(tmp_path: Path) -> None:
    records = RECORDS.replace("aliases: [widget sales,", "aliases: [widgets per year, widget sales,", 1)
    answer = tiny_engine(tmp_path, records).ask("Did Acme sell more widgets per year than Bolt in 2021?")
    assert answer.status == "answered" and answer.text.startswith("Yes."), answer.text
