"""`factbot draft` turns a text into a draft a curator corrects: every figure, name, date and claim."""

from __future__ import annotations

from pathlib import Path

from factbot.curation.draft import Draft, draft_source
from factbot.curation.names import find_names
from factbot.curation.render import render_draft
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.sources import split_sentences
from factbot.verification.findings import FAILURE
from factbot.verification.verify import verify_folder

TEXT = (
    "Widget trade\n"
    "In 2023, Acme Corp sold 4.1 million widgets, while Bolt sold 900,000.\n"
    "Exports from the European Union (EU) slipped 2.6 million units to 12.5 million in 2022/23.\n"
    "The Widget Council said demand recovered because prices fell.\n"
)


def draft(text: str = TEXT) -> Draft:
    return draft_source("widgets", "Widget trade", "sources/widgets.txt", text, builtin_lexicon())


def test_every_figure_becomes_a_fact_with_a_verbatim_quote() -> None:
    result = draft()
    assert [fact.written for fact in result.facts] == ["4.1 million", "900,000", "-2.6 million", "12.5 million"]
    sentences = {sentence.number: sentence.text for sentence in split_sentences("widgets", TEXT)}
    for fact in result.facts:
        assert fact.written.lstrip("+-") in fact.quote and fact.quote in sentences[fact.sentence]


def test_the_subject_is_the_nearest_name_and_the_period_is_the_sentences() -> None:
    acme, bolt, _, level = draft().facts
    assert (acme.subject, bolt.subject, level.subject) == ("acme-corp", "bolt", "european-union")
    assert acme.period == bolt.period == "y2023"
    assert level.period == "y2022-23"


def test_a_fall_is_a_negative_change_and_the_level_after_to_is_a_value() -> None:
    _, _, fall, level = draft().facts
    assert (fall.field, fall.written) == ("change", "-2.6 million")
    assert (level.field, level.written) == ("value", "12.5 million")


def test_names_become_entities_with_their_abbreviations() -> None:
    entities = {entity.id: entity for entity in draft().entities}
    assert entities["european-union"].aliases == ("European Union", "EU")
    assert "the" not in entities and "in" not in entities


def test_sentences_without_figures_become_statements_and_headings_are_claim_free() -> None:
    result = draft()
    [statement] = result.statements
    assert statement.sentence == 4 and statement.kind == "reason"
    assert "widget-council" in statement.about
    assert result.headings == (1,)


def test_a_capitalised_word_that_only_opens_sentences_is_not_a_name() -> None:
    text = "Following the rain, Acme grew.\nThus, Bolt fell.\nZenco said so.\n"
    names = find_names(split_sentences("t", text), builtin_lexicon())
    assert [name.name for name in names] == ["Acme", "Bolt", "Zenco"]


def test_a_function_word_opening_a_sentence_or_a_bracket_is_not_a_name() -> None:
    text = "Among the makers, Acme grew 5 percent.\nWithin Europe, Bolt fell.\nMost went to Zenco. (See table A-1.)\n"
    names = find_names(split_sentences("t", text), builtin_lexicon())
    assert [name.name for name in names] == ["Acme", "Europe", "Bolt", "Zenco"]


def test_a_table_or_figure_reference_is_neither_a_name_nor_a_figure() -> None:
    text = "Acme sold 40 widgets in 2023. (See tables A-1, A-2, and B-3.) Bolt sold 7 (figure 2).\n"
    result = draft(text)
    assert [fact.written for fact in result.facts] == ["40", "7"]
    assert {entity.name for entity in result.entities} == {"Acme", "Bolt"}


def test_the_draft_loads_and_passes_verify_as_written(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "widgets.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "widgets.yaml").write_text(render_draft(draft()), encoding="utf-8")
    knowledge = load_knowledge(tmp_path)
    assert len(knowledge.facts) == 4
    report = verify_folder(tmp_path)
    assert report.count(FAILURE) == 0, [finding.message for finding in report.findings if finding.level == FAILURE]


def test_every_guess_is_marked_for_review() -> None:
    rendered = render_draft(draft())
    records = [line for line in rendered.splitlines() if line.startswith("  - {id:")]
    guessed = [line for line in records if "subject:" in line or "kind:" in line]
    assert guessed and all("# review" in line for line in guessed)


def test_a_list_of_names_pairs_in_order_with_a_list_of_figures() -> None:
    text = (
        "In 2023, Nissan and Honda sold 140,000 and 19,000 cars, "
        "while Tesla and BYD sold 1.8 million and 1.6 million.\n"
    )
    facts = draft(text).facts
    assert [fact.subject for fact in facts] == ["nissan", "honda", "tesla", "byd"]


def test_a_place_after_in_is_not_the_subject_when_an_actor_is_named() -> None:
    [fact] = draft("The share of Acme brands in China fell to 14.9% in 2024.\n").facts
    assert fact.subject == "acme"
