"""`factbot verify` on the knowledge side: each kind of defect is caught, and located."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest

from factbot.knowledge.figures import figures_in
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.loader import load_knowledge
from factbot.verification.verify import (
    FAILURE,
    OK,
    WARNING,
    Finding,
    VerifyReport,
    render_json,
    render_text,
    verify_folder,
    verify_knowledge,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "knowledge"

SOURCE = (
    "Worldwide, Acme sold 4 million cars in 2023 and Bolt sold 3 million cars.\n"
    "Together the two makers sold 7 million cars.\n"
)
ENTITIES = """\
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: global, name: the world, kind: market, aliases: [worldwide, world]}
  - id: duo
    name: the Duo group
    kind: group
    aliases: [Duo group, two makers]
    members: [acme, bolt]
    evidence: [{sentence: 2, quote: "the two makers"}]
"""
MEASURES = """\
measures:
  - {id: sales, name: sales, unit: cars, aliases: [sales, sold]}
periods:
  - {id: y2023, label: in 2023, order: 2023, aliases: ["2023"]}
"""
ACME = """\
  - {id: acme-sales, subject: acme, measure: sales, period: y2023, market: global, value: 4 million,
     sentence: 1, quote: "Worldwide, Acme sold 4 million cars in 2023"}
"""
BOLT = """\
  - {id: bolt-sales, subject: bolt, measure: sales, period: y2023, market: global, value: 3 million,
     sentence: 1, quote: "Bolt sold 3 million cars", context: [{sentence: 1, quote: "Worldwide"}]}
"""
DUO = """\
  - {id: duo-sales, subject: duo, measure: sales, period: y2023, market: global, value: 7 million,
     sentence: 2, quote: "the two makers sold 7 million cars", context: [{sentence: 1, quote: "Worldwide"}]}
"""


def make_folder(tmp_path: Path, source: str = SOURCE, facts: str = ACME + BOLT + DUO, extra: str = "") -> Path:
    """A tiny knowledge folder: the shipped lexicon, one source text, one YAML file."""
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "t.txt").write_text(source, encoding="utf-8")
    yaml = f"source: {{id: t, title: T, file: sources/t.txt}}\n{ENTITIES}{MEASURES}facts:\n{facts}{extra}"
    (folder / "t.yaml").write_text(yaml, encoding="utf-8")
    return folder


def where(folder: Path, needle: str) -> str:
    """`path:line` of the first YAML line containing `needle`, as verify reports it."""
    path = folder / "t.yaml"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return f"{path}:{number}"
    raise AssertionError(f"{needle!r} not in {path}")


def of_level(report: VerifyReport, level: str) -> list[Finding]:
    return [finding for finding in report.findings if finding.level == level]


def test_a_sound_folder_passes_and_proves_its_total(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    report = verify_folder(folder)
    assert of_level(report, FAILURE) == []
    assert of_level(report, WARNING) == []
    assert report.exit_code == 0
    assert report.coverage == (("t", 2, 2),)
    oks = [finding.message for finding in of_level(report, OK)]
    assert "4 million + 3 million = 7 million holds (the Duo group)" in oks
    assert any("'two makers' matches the 2 members" in message for message in oks)


def test_a_quote_altered_by_one_character_fails_at_its_line(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, facts=ACME.replace("Acme sold 4", "Acme sold 4.") + BOLT + DUO)
    report = verify_folder(folder)
    assert report.exit_code == 1
    [failure] = of_level(report, FAILURE)
    assert failure.where == where(folder, 'quote: "Worldwide, Acme sold 4. million')  # the line of the quote itself
    assert "quote is not verbatim in sentence 1" in failure.message


def test_a_quote_found_in_another_sentence_warns_with_the_number_to_write(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, facts=ACME + BOLT + DUO.replace("sentence: 2, quote", "sentence: 1, quote"))
    report = verify_folder(folder)
    assert report.exit_code == 0
    [warning] = of_level(report, WARNING)
    assert "not in sentence 1 of t but in sentence 2: write `sentence: 2`" in warning.message


def test_numbers_are_compared_as_numbers_not_strings(tmp_path: Path) -> None:
    # "4" is written in the quote ("40 million") as a string, but the quote states no number 4.
    source = SOURCE.replace("4 million", "40 million")
    acme = ACME.replace("4 million cars", "40 million cars").replace("value: 4 million", "value: '4'")
    folder = make_folder(tmp_path, source=source, facts=acme + BOLT + DUO)
    report = verify_folder(folder)
    failures = of_level(report, FAILURE)
    assert [failure.where for failure in failures] == [where(folder, "id: acme-sales")]
    assert "number 4 ('4') is not in the quote, which states 40000000" in failures[0].message


def test_a_number_override_must_agree_with_the_quote(tmp_path: Path) -> None:
    agreeing = make_folder(
        tmp_path / "a", facts=ACME.replace("value: 4 million", "value: 4 million, number: 4000000") + BOLT + DUO
    )
    assert of_level(verify_folder(agreeing), FAILURE) == []
    folder = make_folder(
        tmp_path / "b", facts=ACME.replace("value: 4 million", "value: 4 million, number: 5000000") + BOLT + DUO
    )
    failures = of_level(verify_folder(folder), FAILURE)
    assert [(failure.where, failure.message) for failure in failures] == [
        (
            where(folder, "id: acme-sales"),
            "`number: 5000000` differs from the value '4 million', which reads as 4000000; "
            "correct `number:`, or drop it: the value is read itself",
        )
    ]


def test_a_number_in_no_quote_fails_even_when_built_by_hand(tmp_path: Path) -> None:
    knowledge = load_knowledge(make_folder(tmp_path))
    fact = dataclasses.replace(knowledge.facts[0], value=knowledge.facts[0].value + 1, value_text="just words")
    report = verify_knowledge(dataclasses.replace(knowledge, facts=(fact, *knowledge.facts[1:])))
    assert any(
        finding.level == WARNING and finding.where == fact.origin and "unproven" in finding.message
        for finding in report.findings
    )
    fact = dataclasses.replace(knowledge.facts[0], value=knowledge.facts[0].value + 1)
    report = verify_knowledge(dataclasses.replace(knowledge, facts=(fact, *knowledge.facts[1:])))
    assert [finding.where for finding in of_level(report, FAILURE)] == [fact.origin]


def test_a_subject_missing_from_its_sentence_fails(tmp_path: Path) -> None:
    duo = DUO.replace("subject: duo", "subject: acme").replace(', context: [{sentence: 1, quote: "Worldwide"}]', "")
    folder = make_folder(tmp_path, facts=ACME + BOLT + duo)
    failures = of_level(verify_folder(folder), FAILURE)
    assert {failure.where for failure in failures} == {where(folder, "id: duo-sales")}
    assert failures[0].message.startswith("subject 'acme' is named by none of its aliases")


def test_a_market_may_be_named_by_context_but_must_be_named(tmp_path: Path) -> None:
    duo = DUO.replace(', context: [{sentence: 1, quote: "Worldwide"}]', "")
    folder = make_folder(tmp_path, facts=ACME + BOLT + duo)
    failures = of_level(verify_folder(folder), FAILURE)
    assert [failure.where for failure in failures] == [where(folder, "id: duo-sales")]
    assert failures[0].message.startswith("market 'global' is named by none of its aliases")


def test_a_dangling_reference_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, facts=ACME.replace("subject: acme", "subject: acmee") + BOLT + DUO)
    report = verify_folder(folder)
    assert report.exit_code == 1
    assert report.coverage == ()
    [failure] = of_level(report, FAILURE)
    assert failure.where == where(folder, "id: acme-sales")
    assert "subject 'acmee' is not a known entity" in failure.message


def test_a_duplicate_id_built_by_hand_fails(tmp_path: Path) -> None:
    knowledge = load_knowledge(make_folder(tmp_path))
    report = verify_knowledge(dataclasses.replace(knowledge, facts=(*knowledge.facts, knowledge.facts[0])))
    assert any("duplicate id 'acme-sales'" in finding.message for finding in of_level(report, FAILURE))


def test_an_uncovered_sentence_fails_until_marked_claim_free(tmp_path: Path) -> None:
    source = SOURCE + "Nobody else sold any.\n"
    report = verify_folder(make_folder(tmp_path / "a", source=source))
    assert report.coverage == (("t", 2, 3),)
    assert [(failure.where, failure.message) for failure in of_level(report, FAILURE)] == [
        ("t:3", "no record cites this sentence and it is not claim_free: 'Nobody else sold any.'")
    ]
    marked = make_folder(tmp_path / "b", source=source, extra='claim_free:\n  - {sentence: 3, reason: "filler"}\n')
    report = verify_folder(marked)
    assert report.exit_code == 0
    assert report.coverage == (("t", 3, 3),)


def test_a_total_that_does_not_hold_is_a_warning(tmp_path: Path) -> None:
    source = SOURCE.replace("7 million", "8 million")
    folder = make_folder(tmp_path, source=source, facts=ACME + BOLT + DUO.replace("7 million", "8 million"))
    report = verify_folder(folder)
    assert report.exit_code == 0
    assert [(warning.where, warning.message) for warning in of_level(report, WARNING)] == [
        (
            where(folder, "id: duo-sales"),
            "total does not hold for the Duo group: 4 million + 3 million = 7 million, but the text gives 8 million",
        )
    ]


def test_a_total_holds_to_the_precision_it_is_written_in(tmp_path: Path) -> None:
    source = SOURCE.replace("4 million", "4.04 million").replace("7 million", "7 million")
    acme = ACME.replace("4 million", "4.04 million")
    report = verify_folder(make_folder(tmp_path, source=source, facts=acme + BOLT + DUO))
    assert "4.04 million + 3 million = 7 million holds (the Duo group)" in [f.message for f in of_level(report, OK)]


def test_a_stated_count_that_differs_from_the_names_listed_is_a_warning(tmp_path: Path) -> None:
    source = SOURCE + "The Trio group is Acme, Bolt and Cato. These two automakers sold 9 million cars.\n"
    extra = (
        "  - {id: cato, name: Cato, kind: company, aliases: [Cato]}\n"
        "  - id: trio\n    name: the Trio group\n    kind: group\n    aliases: [Trio group]\n"
        "    members: [acme, bolt, cato]\n"
        '    evidence: [{sentence: 3, quote: "The Trio group is Acme, Bolt and Cato"}]\n'
        "    notes: [{text: The Trio group is called two, evidence: [{sentence: 4, quote: These two automakers}]}]\n"
    )
    folder = make_folder(tmp_path, source=source)
    yaml = folder / "t.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("measures:\n", extra + "measures:\n", 1), encoding="utf-8")
    report = verify_folder(folder)
    assert report.exit_code == 0
    warnings = [(warning.where, warning.message) for warning in of_level(report, WARNING)]
    # "9 million cars" is a quantity of the measure's unit, not a count of members: no warning for it.
    assert warnings == [
        (
            "t:4",
            "count does not hold: the Trio group: the text says 'two automakers' (2), "
            "but lists 3 members: Acme, Bolt, Cato",
        )
    ]


def test_orphans_and_unnamed_statement_subjects_are_warnings(tmp_path: Path) -> None:
    extra = (
        "statements:\n"
        "  - {id: s1, kind: description, answer: They sold cars., about: [acme], keywords: [sold],\n"
        "     sentence: 2, quote: sold 7 million cars}\n"
    )
    folder = make_folder(tmp_path, extra=extra)
    yaml = folder / "t.yaml"
    text = yaml.read_text(encoding="utf-8").replace(
        "periods:\n", "  - {id: unused, name: u, unit: u, aliases: [u]}\nperiods:\n"
    )
    yaml.write_text(
        text.replace("entities:\n", "entities:\n  - {id: lonely, name: Lonely, kind: company, aliases: [Lonely]}\n"),
        encoding="utf-8",
    )
    report = verify_folder(folder)
    assert report.exit_code == 0
    warnings = {(warning.where, warning.message) for warning in of_level(report, WARNING)}
    assert warnings == {
        (where(folder, "id: s1"), "none of its about-entities (acme) is named in the quote 'sold 7 million cars'"),
        (where(folder, "id: lonely"), "entity 'lonely' is used by no fact, statement, group or note"),
        (where(folder, "id: unused"), "measure 'unused' is used by no fact"),
    }


def test_reports_render_as_text_and_json(tmp_path: Path) -> None:
    report = verify_folder(make_folder(tmp_path, source=SOURCE + "Nobody else sold any.\n"))
    text = render_text(report)
    assert text.splitlines()[0].startswith("FAILURE  t:3: no record cites this sentence")
    assert "COVERAGE t: 2/3 sentences curated (67%)" in text
    assert text.rstrip().endswith("verify FAILED: 1 failure(s), 0 warning(s), 2 check(s) ok")
    data = json.loads(render_json(report))
    assert data["ok"] is False and data["exit_code"] == 1
    assert data["summary"] == {"failure": 1, "warning": 0, "ok": 2}
    assert data["coverage"] == [{"source": "t", "covered": 2, "total": 3, "share": 0.6667}]
    assert {"level": "failure", "where": "t:3", "message": report.findings[-1].message} in data["findings"]


def test_quantities_are_read_with_their_scale_and_precision() -> None:
    found = figures_in("4.1 million, 810,000 and 22.6% in 2023 (2nd)", builtin_lexicon())
    assert [(item.text, item.value, item.step) for item in found] == [
        ("4.1 million", Decimal("4100000"), Decimal("100000")),
        ("810,000", Decimal("810000"), Decimal(1)),
        ("22.6%", Decimal("22.6"), Decimal("0.1")),
        ("2nd", Decimal(2), Decimal(1)),
    ]


def test_the_shipped_knowledge_verifies() -> None:
    report = verify_folder(SHIPPED)
    failures = [f"{finding.where}: {finding.message}" for finding in of_level(report, FAILURE)]
    assert failures == []
    assert report.exit_code == 0
    assert all(covered == total for _, covered, total in report.coverage)
    assert report.coverage
    warnings = [finding.message for finding in of_level(report, WARNING)]
    assert any("'five automakers' (5), but lists 6 members" in message for message in warnings)
    assert any("holds (the Honda-Nissan-Mitsubishi alliance)" in finding.message for finding in of_level(report, OK))


@pytest.mark.parametrize("level", [FAILURE, WARNING, OK])
def test_exit_code_fails_only_on_failures(level: str) -> None:
    report = VerifyReport((Finding(level, "x:1", "m"),))
    assert report.exit_code == (1 if level == FAILURE else 0)


def test_a_number_that_equals_what_the_words_read_as_is_accepted(tmp_path: Path) -> None:
    source = SOURCE.replace("Acme sold 4 million", "Acme sold Thirty-two")
    acme = ACME.replace("Acme sold 4 million", "Acme sold Thirty-two").replace(
        "value: 4 million", "value: Thirty-two, number: 32"
    )
    report = verify_folder(make_folder(tmp_path, source=source, facts=acme + BOLT))
    assert of_level(report, FAILURE) == []


def test_every_alias_holding_a_date_form_is_reported_by_how_questions_read_it(tmp_path: Path) -> None:
    """A date the knowledge curates takes the alias's words away (a warning); one it does not is left to the alias."""
    folder = make_folder(tmp_path)
    path = folder / "t.yaml"
    aliases = '[Acme, "2023 Acme", "Acme 18-19", "Acme in its early 20s"]'
    path.write_text(path.read_text(encoding="utf-8").replace("aliases: [Acme]", f"aliases: {aliases}"), "utf-8")
    report = verify_folder(folder)
    [warning] = [
        finding.message
        for finding in of_level(report, WARNING)
        if "date" in finding.message or "period" in finding.message
    ]
    assert "alias '2023 Acme' of 'acme' holds '2023', which questions read as period 'y2023'" in warning
    oks = [finding.message for finding in of_level(report, OK) if "a date form" in finding.message]
    assert [message.split(" of ")[0] for message in oks] == ["alias 'Acme 18-19'", "alias 'Acme in its early 20s'"]
