"""Loading validates everything and reports file:line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.yamlfile import KnowledgeError

SOURCE = "Acme sold 5 million widgets in 2023. Bolt sold 2 million.\n"
ARTICLE = """\
source: {id: widgets, title: Widgets, file: widgets.txt}
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widgets, sold]}
periods:
  - {id: y2023, label: in 2023, order: 2023, aliases: ["2023"]}
facts:
  - {id: acme-2023, subject: acme, measure: widget-sales, period: y2023, value: 5 million, sentence: 1,
     quote: "Acme sold 5 million widgets in 2023"}
statements:
  - {id: bolt-sold, kind: event, answer: Bolt sold 2 million., about: [bolt], keywords: [sold], sentence: 2,
     quote: "Bolt sold 2 million."}
"""


def make_folder(tmp_path: Path, article: str = ARTICLE) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "widgets.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "widgets.yaml").write_text(article, encoding="utf-8")
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [str(problem) for problem in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    knowledge = load_knowledge(make_folder(tmp_path))
    assert [fact.id for fact in knowledge.facts] == ["acme-2023"]
    assert knowledge.facts[0].origin.endswith("widgets.yaml:10")


def test_unknown_key_names_file_line_and_a_guess(tmp_path: Path) -> None:
    article = ARTICLE.replace("kind: company, aliases: [Bolt]", "kind: company, alias: [Bolt]")
    problems = problems_of(make_folder(tmp_path, article))
    [problem] = [problem for problem in problems if "unknown field" in problem]
    assert f"widgets.yaml:{line_of(article, 'alias: [Bolt]')}:" in problem
    assert "unknown field 'alias'" in problem and "did you mean 'aliases'" in problem
    assert len(problems) == 2  # and the missing 'aliases'; nothing cascades from the skipped entity


def test_missing_field(tmp_path: Path) -> None:
    article = ARTICLE.replace(
        "{id: bolt, name: Bolt, kind: company, aliases: [Bolt]}", "{id: bolt, name: Bolt, kind: company}"
    )
    [problem] = problems_of(make_folder(tmp_path, article))
    assert f"widgets.yaml:{line_of(article, 'id: bolt,')}:" in problem
    assert "missing the required field 'aliases'" in problem


def test_wrong_type(tmp_path: Path) -> None:
    article = ARTICLE.replace("sentence: 1,", "sentence: first,")
    problems = problems_of(make_folder(tmp_path, article))
    assert any("field 'sentence'" in problem and "must be whole number" in problem for problem in problems)
    assert any(f"widgets.yaml:{line_of(article, 'sentence: first')}:" in problem for problem in problems)


def test_quote_not_verbatim(tmp_path: Path) -> None:
    article = ARTICLE.replace(
        'quote: "Acme sold 5 million widgets in 2023"', 'quote: "Acme sold 5 million widget in 2023"'
    )
    [problem] = problems_of(make_folder(tmp_path, article))
    assert f"widgets.yaml:{line_of(article, 'widget in 2023')}:" in problem
    assert "not verbatim in sentence 1" in problem


@pytest.mark.parametrize("written", [1, 9])
def test_a_quote_whose_sentence_number_moved_loads_from_the_sentence_holding_it(tmp_path: Path, written: int) -> None:
    """A splitter that learns a non-boundary renumbers the sentences after it: old curations keep loading."""
    article = ARTICLE.replace('sentence: 2,\n     quote: "Bolt', f'sentence: {written},\n     quote: "Bolt')
    [statement] = load_knowledge(make_folder(tmp_path, article)).statements
    assert (statement.evidence[0].sentence, statement.evidence[0].written) == (2, written)


def test_a_quote_in_no_sentence_is_still_a_problem(tmp_path: Path) -> None:
    article = ARTICLE.replace('sentence: 2,\n     quote: "Bolt sold', 'sentence: 9,\n     quote: "Bolt bought')
    [problem] = problems_of(make_folder(tmp_path, article))
    assert "sentence 9 does not exist" in problem


def test_alias_claimed_by_two_entities(tmp_path: Path) -> None:
    article = ARTICLE.replace("aliases: [Bolt]", "aliases: [Bolt, ACME]")
    [problem] = problems_of(make_folder(tmp_path, article))
    assert f"widgets.yaml:{line_of(article, 'id: bolt,')}:" in problem
    assert "already an alias of 'acme'" in problem


def test_two_words_that_meet_after_stemming_are_named_as_such(tmp_path: Path) -> None:
    """ "hospitals" and "hospitality" are different words the stemmer folds alike: the message says so."""
    article = ARTICLE.replace("aliases: [Acme]", "aliases: [Acme, hospitality]").replace(
        "aliases: [Bolt]", "aliases: [Bolt, hospitals]"
    )
    [problem] = problems_of(make_folder(tmp_path, article))
    assert "'hospitals' of 'bolt' reads like 'hospitality', an alias of 'acme'" in problem
    assert "after stemming" in problem


def test_unknown_entity_reference(tmp_path: Path) -> None:
    article = ARTICLE.replace("subject: acme,", "subject: acmee,")
    [problem] = problems_of(make_folder(tmp_path, article))
    assert f"widgets.yaml:{line_of(article, 'subject: acmee')}:" in problem
    assert "subject 'acmee' is not a known entity" in problem


def test_duplicate_id(tmp_path: Path) -> None:
    article = ARTICLE.replace("{id: bolt-sold,", "{id: acme-2023,")
    [problem] = problems_of(make_folder(tmp_path, article))
    assert f"widgets.yaml:{line_of(article, 'id: acme-2023, kind')}:" in problem
    assert "duplicate id 'acme-2023'" in problem


def test_value_not_written_in_quote(tmp_path: Path) -> None:
    article = ARTICLE.replace("value: 5 million,", "value: 6 million,")
    [problem] = problems_of(make_folder(tmp_path, article))
    assert "value '6 million' is not written in the quote" in problem


def test_broken_yaml_syntax_names_the_line(tmp_path: Path) -> None:
    article = ARTICLE.replace("  - {id: bolt, name: Bolt,", "  - {id: bolt, name: [Bolt,")
    [problem] = problems_of(make_folder(tmp_path, article))
    assert "widgets.yaml:" in problem and "invalid YAML" in problem


def test_unsafe_yaml_tags_are_refused(tmp_path: Path) -> None:
    article = ARTICLE + "extra: !!python/object/apply:os.system ['echo hacked']\n"
    problems = problems_of(make_folder(tmp_path, article))
    assert any("widgets.yaml" in problem for problem in problems)


def test_bad_template_placeholder(tmp_path: Path) -> None:
    article = ARTICLE.replace("aliases: [widgets, sold]}", "aliases: [widgets, sold], template: '{who} sold {value}'}")
    [problem] = problems_of(make_folder(tmp_path, article))
    assert "template uses who" in problem


def test_a_folder_needs_no_lexicon_of_its_own(tmp_path: Path) -> None:
    knowledge = load_knowledge(make_folder(tmp_path))
    assert "million" in knowledge.lexicon.scale_words
    assert {intent.name for intent in knowledge.lexicon.intents} >= {"sum", "difference"}


def test_shipped_knowledge_loads_every_record(knowledge_copy: Path) -> None:
    knowledge = load_knowledge(knowledge_copy)
    assert len(knowledge.facts) >= 19
    assert len(knowledge.statements) >= 20
    assert {"honda", "nissan", "mitsubishi", "toyota-group"} <= set(knowledge.entities)


def test_a_cue_shared_by_two_intents_is_refused(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (folder / "lexicon.yaml").write_text("intents:\n  average:\n    cues: [together]\n", encoding="utf-8")
    [problem] = problems_of(folder)
    assert "cue 'together'" in problem and "already a cue of" in problem


def test_a_source_is_labelled_by_its_short_title_else_its_id(tmp_path: Path) -> None:
    """`short_title` is optional: citation headers use it, or the id when it is missing."""
    plain = load_knowledge(make_folder(tmp_path))
    assert plain.sources["widgets"].short_title is None
    assert plain.sources["widgets"].label == "widgets"
    titled = ARTICLE.replace("title: Widgets,", "title: Widgets, short_title: Widget news,")
    (tmp_path / "titled").mkdir()
    source = load_knowledge(make_folder(tmp_path / "titled", titled)).sources["widgets"]
    assert source.label == "Widget news"
    assert source.title == "Widgets"


def test_a_short_title_must_be_text(tmp_path: Path) -> None:
    article = ARTICLE.replace("title: Widgets,", "title: Widgets, short_title: [a, b],")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(make_folder(tmp_path, article))
    assert "short_title" in str(raised.value.problems[0])
