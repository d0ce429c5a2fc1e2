"""`factbot draft` guesses precisely: fewer, right guesses over many a curator must undo."""

from __future__ import annotations

from factbot.curation.draft import Draft, draft_source
from factbot.curation.names import find_names
from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.sources import split_sentences


def draft(text: str) -> Draft:
    return draft_source("t", "T", "sources/t.txt", text, builtin_lexicon())


def names(text: str) -> list[str]:
    sentences = split_sentences("t", text)
    return [name.name for name in find_names(sentences, builtin_lexicon())]


def test_capitalised_openers_numbers_and_dates_are_not_names() -> None:
    text = "Updated March 12 2024: Unless noted, Acme sold 5 widgets.\nForty-one shops closed in Acme-led towns.\n"
    assert names(text) == ["Acme"]


def test_a_name_seen_only_in_a_heading_is_not_an_entity() -> None:
    text = "Annual Sales Review\n\nAcme sold 5 widgets in 2023.\n"
    assert [entity.name for entity in draft(text).entities] == ["Acme"]


def test_a_measure_is_named_by_the_phrase_the_figure_is_stated_of() -> None:
    text = "The average weekly output for Acme was 5.2 tonnes, while the total cost of these 3 plants is $4 million.\n"
    facts = draft(text).facts
    measures = {measure.id: measure for measure in draft(text).measures}
    named = [measures[fact.measure].name for fact in facts]
    assert named == ["average weekly output", "number of plants", "total cost"]
    assert all("while" not in measure.aliases for measure in measures.values())


def test_counts_ranks_and_streaks_are_named_by_their_words() -> None:
    text = "Acme opened three new shops and was the second largest maker for the 4th consecutive year.\n"
    result = draft(text)
    measures = {measure.id: measure for measure in result.measures}
    assert [measures[fact.measure].name for fact in result.facts] == [
        "number of new shops",
        "rank among the largest makers",
        "consecutive years",
    ]


def test_a_unit_symbol_on_the_figure_stays_in_the_value_and_the_quote() -> None:
    [fact] = draft("Acme's kiln ran at 950°C in 2023.\n").facts
    assert fact.written == "950°C" and fact.quote.endswith("950°C")


def test_a_period_is_left_empty_rather_than_taken_from_another_clause() -> None:
    text = "Acme's cost was $5 million, which beat the record of $3 million in 2005.\n"
    first, second = draft(text).facts
    assert (first.period, second.period) == ("", "y2005")
    assert "no period" in first.review


def test_a_date_that_starts_a_span_or_names_a_thing_is_no_figures_period() -> None:
    spans = draft("Since 1990, Acme has opened 40 shops.\nAcme will extend the 2020 deal for eight years.\n").facts
    assert [fact.period for fact in spans] == ["", ""]


def test_an_opening_or_closing_phrase_sets_the_period_of_the_sentence() -> None:
    opening = draft("In 2023, Acme sold 40 widgets and Bolt sold 9 gadgets.\n").facts
    closing = draft("Acme and Bolt sold 40 and 9 widgets, respectively, in 2023.\n").facts
    assert [fact.period for fact in (*opening, *closing)] == ["y2023"] * 4


def test_a_figure_with_no_name_near_it_is_about_the_name_the_text_gives_most() -> None:
    text = "Acme and Acme's partner Bolt met.\nAcme grew.\nBolt spoke.\nThe total reached 7 million.\n"
    [fact] = draft(text).facts
    assert fact.subject == "acme" and fact.context == ((2, "Acme"),)


def test_the_stated_phrase_is_found_across_asides_bound_words_and_paired_links() -> None:
    text = (
        "Acme's gross costs reached or exceeded $5 million.\n"
        "The net cost of these shops exceeded $2 million.\n"
        "The average (weekly) output was 4.2 tonnes.\n"
    )
    result = draft(text)
    measures = {measure.id: measure.name for measure in result.measures}
    assert [measures[fact.measure] for fact in result.facts] == ["gross costs", "net cost", "average output"]


def test_a_telephone_number_is_no_figure() -> None:
    text = "Acme sold 40 widgets in 2023.\nContact: (202) 691-6378 or 202-691-5902 for details.\n"
    result = draft_source("widgets", "Widget trade", "sources/widgets.txt", text, builtin_lexicon())
    assert [fact.written for fact in result.facts] == ["40"]


def test_ages_and_a_rates_denominator_are_neither_figures_nor_periods() -> None:
    text = (
        "The rate was 62.0 births per 1,000 women aged 15–44 in 2016.\n"
        "Rates for women aged 18–19 fell, and those for women in their 30s and 40s rose.\n"
    )
    result = draft(text)
    assert [fact.written for fact in result.facts] == ["62.0"]
    assert [period.id for period in result.periods] == ["y2016"]
    assert [statement.date for statement in result.statements] == [""]


def test_an_ordinal_of_time_is_no_rank_and_a_streak_no_change() -> None:
    text = "The rate rose for the fourth year in a row, mostly in the third trimester.\n"
    [fact] = draft(text).facts
    measures = {measure.id: measure.name for measure in draft(text).measures}
    assert (fact.field, fact.written, measures[fact.measure]) == ("value", "fourth", "consecutive years")


def test_a_speaker_tag_and_a_degree_after_a_name_are_no_names() -> None:
    text = "By Brady E. Hamilton, Ph.D., and Joyce A. Martin, M.P.H., of Acme.\nBH: Acme sold 5 widgets in 2023.\n"
    assert names(text) == ["Brady E. Hamilton", "Joyce A. Martin", "Acme"]
    [fact] = draft(text).facts
    assert fact.subject == "acme"
