"""How question words are read: word forms, units, amount nouns."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.engine import INTERNAL_ERROR, Engine
from knowledge_paths import ROOT
from tiny import RECORDS, TEXT, tiny_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return tiny_engine(tmp_path_factory.mktemp("words"))


@pytest.mark.parametrize(
    "question",
    ["How many widgets did Acme sell in 2021?", "What were Acme's widget sales in 2021?", "widgets Acme sold 2021"],
)
def test_forms_the_stemmer_cannot_join_are_read_as_one_word(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered"
    assert "150 widgets" in answer.text


def test_the_unit_of_a_measure_is_explained_by_its_readings(engine: Engine) -> None:
    assert engine.ask("How many widgets did Acme sell in 2021?").trace.confidence == 1.0


def test_an_amount_noun_asks_a_figure_that_a_statement_without_one_cannot_give(engine: Engine) -> None:
    """The partnership statement names the deal (a keyword) but holds no figure: no amount can come from it."""
    answer = engine.ask("What was the deal value of the partnership?")
    assert answer.status == "unknown"


def test_a_statement_with_the_asked_words_answers_when_no_amount_is_asked(engine: Engine) -> None:
    answer = engine.ask("When did Acme and Bolt form a partnership?")
    assert answer.status == "answered"
    assert answer.citations[0].sentence == 3


MEASURES_IN_PIECES = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: soluble, name: soluble coffee imports, unit: bags, aliases: [soluble coffee imports, imports]}
  - {id: green, name: green coffee imports, unit: bags, aliases: [green coffee imports, imports]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-soluble, subject: acme, measure: soluble, period: y2021, value: "3 bags",
     sentence: 1, quote: "Acme imported 3 bags of soluble coffee in 2021"}
  - {id: acme-green, subject: acme, measure: green, period: y2021, value: "40 bags",
     sentence: 2, quote: "Acme imported 40 bags of green coffee in 2021"}
"""
PIECES_TEXT = "Acme imported 3 bags of soluble coffee in 2021.\nAcme imported 40 bags of green coffee in 2021.\n"


def test_a_measure_named_in_pieces_is_told_from_its_neighbours(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, MEASURES_IN_PIECES, PIECES_TEXT)
    answer = engine.ask("How much soluble coffee did Acme import in 2021?")
    assert answer.status == "answered"
    assert "3 bags" in answer.text
    assert "40 bags" in engine.ask("How much green coffee did Acme import in 2021?").text


def test_general_english_of_the_lexicon_is_never_corrected_into_another_word(engine: Engine) -> None:
    """ "large" is the lexicon's own ("how large"), not a typo of the compare cue "larger"."""
    answer = engine.ask("How large were Acme's widget sales in 2021?")
    assert answer.trace.corrections == ()
    assert "150 widgets" in answer.text


def test_a_polite_request_is_not_a_yes_no_question(engine: Engine) -> None:
    answer = engine.ask("Could you please tell me what Acme's widget sales were in 2021?")
    assert answer.text.startswith("Acme's widget sales in 2021: 150 widgets")


def test_a_request_that_asks_whether_is_a_yes_no_question(engine: Engine) -> None:
    assert engine.ask("Can you tell me whether Acme sold more widgets than Bolt in 2021?").text.startswith("Yes.")


def test_a_request_followed_by_a_yes_no_question_asks_yes_or_no(engine: Engine) -> None:
    assert engine.ask("Could you tell me did Acme sell more widgets than Bolt in 2021?").text.startswith("Yes.")
    assert engine.ask("Can you tell me was Bolt's widget sales above 100 in 2021?").text.startswith("No.")


def test_a_yes_no_question_after_two_leading_phrases_asks_yes_or_no(engine: Engine) -> None:
    assert engine.ask("hey, in 2021, did Acme sell more widgets than Bolt?").text.startswith("Yes.")
    assert engine.ask("Could you tell me, in 2021, did Acme sell more widgets than Bolt?").text.startswith("Yes.")


def test_an_if_after_the_question_a_request_opens_asks_no_yes_or_no(engine: Engine) -> None:
    answer = engine.ask("Could you tell me what Acme's widget sales were in 2021, if you know?")
    assert not answer.text.startswith(("Yes", "No"))


def test_how_many_less_asks_the_difference_not_the_winner(engine: Engine) -> None:
    answer = engine.ask("How many widgets fewer did Bolt sell than Acme in 2021?")
    assert answer.status == "answered"
    assert "60 widgets" in answer.text


REPORTED = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: zeta, name: Zeta Research, kind: company, aliases: [Zeta]}
  - {id: omega, name: Omega, kind: company, aliases: [Omega]}
measures:
  - {id: sales, name: widget sales, unit: widgets, aliases: [widget sales, sales]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2021"}
"""
REPORTED_TEXT = "Zeta said Acme sold 150 widgets in 2021.\nOmega makes gadgets.\n"


def test_according_to_the_source_a_figure_names_is_explained(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, REPORTED, REPORTED_TEXT)
    answer = engine.ask("According to Zeta, how many widgets did Acme sell in 2021?")
    assert answer.status == "answered"
    assert "150 widgets" in answer.text


def test_according_to_someone_the_source_does_not_name_is_not_explained(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, REPORTED, REPORTED_TEXT)
    answer = engine.ask("According to Omega, how many widgets did Acme sell in 2021?")
    assert answer.status != "answered"


def test_a_kind_named_at_the_end_of_a_question_is_read_within_it() -> None:
    """ "the largest in Kern County": a kind's words at the very end never reach past the question (the probe
    found an IndexError there; the engine now turns any such defect into an error answer)."""
    engine = Engine.from_folder(ROOT / "examples" / "energy")
    for question in ("What is the largest in Kern County?", "What leader Kern County?"):
        assert engine.ask(question).trace.rule != INTERNAL_ERROR


@pytest.mark.parametrize(
    "question", ["how'd Acme's widget sales do in 2021", "whats the gap between acme n bolt widget sales in 2021"]
)
def test_chat_spellings_are_read_as_the_words_they_stand_for(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered"
    assert answer.trace.corrections == ()


def test_one_unknown_word_does_not_sink_an_otherwise_understood_question(engine: Engine) -> None:
    """An unknown word weighs as much as the most informative known one, not more: a slang verb loses a
    little of the question, a question of unknown things loses most of it."""
    one = dict(engine.ask("How many widgets did Acme flog in 2021?").trace.parts)
    many = dict(engine.ask("How many gizmos did Acme flog to zorbs in 2021?").trace.parts)
    assert one["share of the question explained"] >= 0.7
    assert many["share of the question explained"] < 0.5


def test_contractions_with_or_without_the_apostrophe_read_as_their_words(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    words = engine.kb.normaliser.words
    assert words("didn't") == words("didnt") == words("did not")
    assert words("aren’t") == words("are not") and words("whats") == words("what is")


def test_a_negated_contraction_negates_a_claim(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path)
    assert engine.check("Acme sold 120 widgets in 2020.").status == "supported"
    assert engine.check("Acme didn't sell 120 widgets in 2020.").status == "refuted"
    assert engine.check("Acme didnt sell 120 widgets in 2020.").status == "refuted"


def test_a_denied_figure_the_sources_give_otherwise_settles_nothing(tmp_path: Path) -> None:
    assert tiny_engine(tmp_path).check("Acme did not sell 500 widgets in 2020.").status == "unknown"


def test_a_change_relative_to_its_starting_level_is_the_relative_change(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path).ask(
        "By what percent, relative to its starting level, did Acme's widget sales rise from 2020 to 2021?"
    )
    assert answer.status == "answered" and "25%" in answer.text


def test_over_the_past_years_asks_the_series_a_reading_with_no_period_gives(tmp_path: Path) -> None:
    records = RECORDS.replace(
        "statements:",
        """statements:
  - {id: grew, answer: "Acme's widget sales grew over the past two years.", about: [acme], sentence: 7,
     quote: "Acme's widget sales grew over the past two years"}""",
    )
    engine = tiny_engine(tmp_path, records, TEXT + "Acme's widget sales grew over the past two years.\n")
    answer = engine.ask("Acme's widget sales over the past 2 years?")
    assert answer.status == "answered" and "120" in answer.text and "150" in answer.text


def test_a_question_word_before_the_commas_keeps_an_amount_asked(engine: Engine) -> None:
    answer = engine.ask("By how many widgets, compared with Bolt, did Acme sell more in 2021?")
    assert not answer.text.startswith(("Yes", "No", "The sources don't settle"))


def test_a_tag_and_its_alternative_said_first_ask_yes_or_no(engine: Engine) -> None:
    assert engine.ask("True or false: Acme sold more than 100 widgets in 2021.").text.startswith("Yes.")
