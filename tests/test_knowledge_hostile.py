"""Hostile knowledge YAML is refused with `file:line`, quickly, never as a traceback or a hang."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.knowledge.files import MAX_YAML_BYTES
from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.yamlfile import KnowledgeError
from factbot.knowledge.yamlgraph import MAX_DEPTH

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
"""


def make_folder(tmp_path: Path, article: str = ARTICLE, lexicon: str | None = None) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    if lexicon is not None:
        (folder / "lexicon.yaml").write_text(lexicon, encoding="utf-8")
    (folder / "widgets.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "widgets.yaml").write_text(article, encoding="utf-8")
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return [str(problem) for problem in caught.value.problems]


def one_problem(folder: Path, where: str) -> str:
    problems = problems_of(folder)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{folder / where}:"), problems
    return problems[0]


def test_the_fixture_loads(tmp_path: Path) -> None:
    assert [fact.id for fact in load_knowledge(make_folder(tmp_path)).facts] == ["acme-2023"]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 990])
def test_nesting_up_to_libyamls_limit_is_refused_with_its_line(tmp_path: Path, depth: int) -> None:
    article = ARTICLE + "extra:\n  - " + "{a: " * depth + "1" + "}" * depth + "\n"
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":13:" in problem and f"more than {MAX_DEPTH} levels" in problem


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('!!int "2023"', "'!!int'"),
        ("!!float 2023.0", "'!!float'"),
        ("!!python/object/apply:os.system ['true']", "'!!python/object/apply:os.system'"),
        ("!!python/name:os.system", "'!!python/name:os.system'"),
        ("&anchor !!str 2023", "'!!str'"),
    ],
)
def test_explicit_tags_are_refused_at_their_line(tmp_path: Path, value: str, shown: str) -> None:
    article = ARTICLE.replace("order: 2023,", f"order: {value},")
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":8:" in problem and f"explicit YAML tags such as {shown}" in problem


def test_a_tag_on_a_mapping_is_not_silently_ignored(tmp_path: Path) -> None:
    article = ARTICLE.replace("source: {id:", "source: !!python/object:os.system {id:")
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":1:" in problem and "explicit YAML tags" in problem


@pytest.mark.parametrize("order", [".nan", ".inf", "-.Inf", "1.0e+400", "9" * 5000, "1.0e+18", "12345678901234567890"])
def test_numbers_the_arithmetic_cannot_use_are_refused(tmp_path: Path, order: str) -> None:
    article = ARTICLE.replace("order: 2023,", f"order: {order},")
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":8:" in problem
    assert any(reason in problem for reason in ("too long", "too large", "not a number", "significant digits"))


@pytest.mark.parametrize("value", ["99999999999999999999 million", "5" + "0" * 30])
def test_a_fact_value_too_large_for_the_arithmetic_is_refused(tmp_path: Path, value: str) -> None:
    source = SOURCE.replace("5 million", value)
    article = ARTICLE.replace("5 million", value)
    folder = make_folder(tmp_path, article)
    (folder / "widgets.txt").write_text(source, encoding="utf-8")
    problem = one_problem(folder, "widgets.yaml")
    assert ":10:" in problem and ("too large" in problem or "too long" in problem)


def test_an_invalid_date_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    article = ARTICLE.replace("order: 2023,", "order: 2023-13-45,")
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":8:" in problem and "invalid value" in problem


@pytest.mark.parametrize("scale", ["1e999999", "NaN", "Infinity", "0", "-1000", "1e30"])
def test_scale_words_that_overflow_are_refused(tmp_path: Path, scale: str) -> None:
    lexicon = f'scale_words: {{gazillion: "{scale}"}}\n'
    problem = one_problem(make_folder(tmp_path, lexicon=lexicon), "lexicon.yaml")
    assert ":1:" in problem and "scale 'gazillion'" in problem


@pytest.mark.parametrize("template", ["{owner} {measure}: {value:>999999999}", "{value!r}", "{value:{value}}"])
def test_templates_with_format_specs_are_refused(tmp_path: Path, template: str) -> None:
    article = ARTICLE.replace("aliases: [widgets, sold]}", f"aliases: [widgets, sold], template: '{template}'}}")
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":6:" in problem and "template uses" in problem


def test_billion_laughs_is_refused_in_milliseconds(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        levels.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    article = ARTICLE + "laughs:\n" + "".join(f"  {line}\n" for line in levels)
    folder = make_folder(tmp_path, article)
    started = time.perf_counter()
    problem = one_problem(folder, "widgets.yaml")
    assert time.perf_counter() - started < 2.0  # 34 s and 4 GB before; milliseconds now
    assert "aliases expand to" in problem


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    problem = one_problem(make_folder(tmp_path, ARTICLE + "loop: &loop [*loop]\n"), "widgets.yaml")
    assert ":12:" in problem and "recursive alias" in problem


def test_a_few_aliases_still_work(tmp_path: Path) -> None:
    article = ARTICLE.replace("name: Acme, kind: company,", "name: Acme, kind: &kind company,")
    article = article.replace("name: Bolt, kind: company,", "name: Bolt, kind: *kind,")
    assert load_knowledge(make_folder(tmp_path, article)).entities["bolt"].kind == "company"


def test_an_oversized_yaml_file_is_refused_before_parsing(tmp_path: Path) -> None:
    filler = "# " + "x" * 78 + "\n"
    article = ARTICLE + filler * (MAX_YAML_BYTES // len(filler) + 1)
    problem = one_problem(make_folder(tmp_path, article), "widgets.yaml")
    assert ":1:" in problem and "MB limit" in problem


def test_a_refused_number_never_reaches_an_answer(tmp_path: Path) -> None:
    """Before, a NaN period order loaded, and sorting or answering with it went wrong later."""
    article = ARTICLE.replace("order: 2023,", "order: .nan,")
    with pytest.raises(KnowledgeError):
        Engine.from_folder(make_folder(tmp_path, article))


def test_a_50_mb_yaml_is_refused_without_reading_it(tmp_path: Path) -> None:
    """It took 2.3 GB to parse; the size is checked before a byte is read."""
    folder = make_folder(tmp_path)
    with (folder / "huge.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    tracemalloc.start()
    try:
        problems = problems_of(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert problems == [
        f"{folder / 'huge.yaml'}:1: this file is 50.0 MB, over the 4 MB limit; split it into smaller files"
    ]
    assert peak < 10 * 1024 * 1024
