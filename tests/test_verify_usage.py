"""`factbot verify`'s usage checks: a record another record leans on is in use, and says so by no warning."""

from __future__ import annotations

from pathlib import Path

from factbot.verification.verify import WARNING, verify_folder
from tiny import tiny_folder

TEXT = "Acme sold 120 widgets in 2021, up 30 widgets from 2020.\nAcme and Bolt are the two makers.\n"

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
  - {id: makers, name: the two makers, kind: group, aliases: [two makers], members: [acme, bolt],
     evidence: [{sentence: 2, quote: "Acme and Bolt are the two makers"}]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "120 widgets",
     sentence: 1, quote: "Acme sold 120 widgets in 2021"}
  - {id: acme-change, subject: acme, measure: widget-sales, period: y2021, since: y2020, change: "30 widgets",
     sentence: 1, quote: "up 30 widgets from 2020", context: [{sentence: 1, quote: "Acme"}]}
"""


def _warnings(folder: Path) -> list[str]:
    return [finding.message for finding in verify_folder(folder).findings if finding.level == WARNING]


def test_a_period_used_only_as_a_change_s_since_is_in_use(tmp_path: Path) -> None:
    assert not [message for message in _warnings(tiny_folder(tmp_path, RECORDS, TEXT)) if "y2020" in message]


def test_a_group_with_members_is_in_use_without_a_description(tmp_path: Path) -> None:
    assert not [message for message in _warnings(tiny_folder(tmp_path, RECORDS, TEXT)) if "makers" in message]


def test_a_period_nothing_names_is_still_reported(tmp_path: Path) -> None:
    records = RECORDS.replace("periods:\n", 'periods:\n  - {id: y2019, aliases: ["2019"]}\n')
    assert "period 'y2019' is used by no fact" in _warnings(tiny_folder(tmp_path, records, TEXT))


TRAP_TEXT = "Acme had 120 union members in 2021, and its union membership rate was 30 percent.\n"

TRAPS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: members, name: union members, kind: workers, aliases: [workers who were members]}
measures:
  - {id: count, name: number of union members, unit: members, aliases: [union members]}
  - {id: rate, name: union membership rate, unit: percent, aliases: [union rate, unionization]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-count, subject: acme, measure: count, period: y2021, value: "120 union members",
     sentence: 1, quote: "Acme had 120 union members in 2021"}
  - {id: acme-rate, subject: acme, measure: rate, period: y2021, value: 30 percent,
     sentence: 1, quote: "its union membership rate was 30 percent", context: [{sentence: 1, quote: "Acme"}]}
"""


def test_an_entity_named_like_a_measure_is_warned_about_even_by_its_name(tmp_path: Path) -> None:
    warnings = _warnings(tiny_folder(tmp_path, TRAPS, TRAP_TEXT))
    assert any(
        message.startswith("name 'union members' of entity 'members' reads like a name of measure 'count'")
        for message in warnings
    )


def test_an_entity_alias_that_stems_like_a_measure_alias_is_warned_about(tmp_path: Path) -> None:
    records = TRAPS.replace("name: union members, kind: workers", "name: members, kind: workers").replace(
        "[workers who were members]", "[unionized members]"
    )
    warnings = _warnings(tiny_folder(tmp_path, records, TRAP_TEXT))
    assert any("alias 'unionized members' of entity 'members' reads like" in message for message in warnings)


def test_a_one_word_alias_derived_from_a_common_word_is_warned_about(tmp_path: Path) -> None:
    warnings = _warnings(tiny_folder(tmp_path, TRAPS, TRAP_TEXT))
    assert any("one-word alias 'unionization' of 'rate' folds to 'union'" in message for message in warnings)


def test_distinct_names_and_inflected_one_word_aliases_are_not_traps(tmp_path: Path) -> None:
    records = TRAPS.replace("name: union members, kind: workers", "name: the members, kind: workers").replace(
        "unionization]", "rates]"
    )
    warnings = _warnings(tiny_folder(tmp_path, records, TRAP_TEXT))
    assert not [message for message in warnings if "reads like" in message or "one-word" in message]


def test_verify_checks_a_repeated_figure_on_its_own_and_says_it_is_merged(tmp_path: Path) -> None:
    text = TEXT + "In 2021 Acme sold 120 widgets.\n"
    records = RECORDS + (
        "  - {id: acme-2021-again, subject: acme, measure: widget-sales, period: y2021, value: 120 widgets,\n"
        '     sentence: 3, quote: "In 2021 Acme sold 120 widgets"}\n'
    )
    report = verify_folder(tiny_folder(tmp_path, records, text))
    assert report.coverage == (("tiny", 3, 3),)
    assert any("repeats the figure of 'acme-2021'" in finding.message for finding in report.findings)


def test_a_measure_s_warning_is_located_at_the_line_declaring_it(tmp_path: Path) -> None:
    folder = tiny_folder(tmp_path, TRAPS, TRAP_TEXT)
    [finding] = [item for item in verify_folder(folder).findings if "one-word alias 'unionization'" in item.message]
    lines = (folder / "tiny.yaml").read_text(encoding="utf-8").splitlines()
    declared = next(number for number, line in enumerate(lines, 1) if "id: rate," in line)
    assert finding.where == f"{folder / 'tiny.yaml'}:{declared}"
