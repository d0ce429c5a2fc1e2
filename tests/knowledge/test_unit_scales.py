"""A measure whose unit carries a scale ("million passengers"): bare table figures and prose figures agree.

A table "in millions" writes "933.1" where the prose writes "965.0 million"; both are curated as written,
on one measure `unit: million passengers`, and every figure is then held at full size.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from factbot.curation.probe import probe
from factbot.engine import Engine
from factbot.knowledge.unit_scales import unit_scale
from factbot.verification.verify import verify_folder
from tiny import tiny_folder

TEXT = "Acme carried 965.0 million passengers in 2017.\nYear | Acme |\n2016 | 933.1 |\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: passengers, name: passengers, unit: million passengers, aliases: [passengers]}
periods:
  - {id: y2016, aliases: ["2016"]}
  - {id: y2017, aliases: ["2017"]}
facts:
  - {id: acme-2017, subject: acme, measure: passengers, period: y2017, value: 965.0 million, sentence: 1,
     quote: "Acme carried 965.0 million passengers in 2017"}
  - {id: acme-2016, subject: acme, measure: passengers, period: y2016, value: "933.1", sentence: 3,
     quote: "933.1", context: [{sentence: 2, quote: "Acme"}]}
claim_free:
  - {sentence: 2, reason: table header}
"""


def answer(tmp_path: Path, question: str) -> str:
    return Engine.from_folder(tiny_folder(tmp_path, RECORDS, TEXT)).ask(question).text


def test_a_prose_figure_with_its_own_scale_is_not_scaled_twice(tmp_path: Path) -> None:
    text = answer(tmp_path, "How many passengers did Acme have in 2017?")
    assert "965.0 million passengers" in text
    assert "million million" not in text


def test_a_bare_table_figure_is_in_the_units_scale(tmp_path: Path) -> None:
    assert "933.1 million passengers" in answer(tmp_path, "How many passengers did Acme have in 2016?")


def test_both_kinds_combine_at_full_size(tmp_path: Path) -> None:
    text = answer(tmp_path, "How much did Acme's passengers rise from 2016 to 2017?")
    assert "31.9 million passengers" in text
    assert "3.42%" in text


def test_verify_proves_a_bare_figure_by_its_quote_times_the_scale(tmp_path: Path) -> None:
    report = verify_folder(tiny_folder(tmp_path, RECORDS, TEXT))
    assert report.exit_code == 0, [finding.message for finding in report.findings]


def test_the_probe_reaches_both_figures(tmp_path: Path) -> None:
    report = probe(Engine.from_folder(tiny_folder(tmp_path, RECORDS, TEXT)))
    assert report.missed == ()


def test_only_a_leading_scale_word_of_a_unit_counts() -> None:
    words = {"million": Decimal(1000000), "thousand": Decimal(1000), "m": Decimal(1000000)}
    assert unit_scale("million passengers", words) == ("million", Decimal(1000000), "passengers")
    assert unit_scale("thousands of tons", words) == ("thousand", Decimal(1000), "tons")
    assert unit_scale("deaths per 100 million miles", words) is None
    assert unit_scale("m passengers", words) is None
    assert unit_scale("million", words) is None


def test_a_full_size_figure_written_with_the_unit_is_not_scaled(tmp_path: Path) -> None:
    text = TEXT + "In 2015 Acme carried 18,788,975 passengers.\n"
    records = RECORDS.replace(
        "claim_free:",
        """  - {id: acme-2015, subject: acme, measure: passengers, period: y2015, value: "18,788,975", sentence: 4,
     quote: "Acme carried 18,788,975 passengers"}
claim_free:""",
    ).replace("periods:", 'periods:\n  - {id: y2015, aliases: ["2015"]}')
    engine = Engine.from_folder(tiny_folder(tmp_path, records, text))
    assert "18,788,975 passengers" in engine.ask("How many passengers did Acme have in 2015?").text
