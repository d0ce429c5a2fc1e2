"""Engine behaviour end to end: paraphrases, typos, refusals, clarifications, follow-ups."""

from __future__ import annotations

import pytest

from factbot.engine import Engine
from factbot.results import Status
from factbot.understanding.conversation import Conversation


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("honda global sales", "4.1 million"),
        ("How many cars did Honda sell in FY2023?", "4.1 million"),
        ("nisan electrc vehicle sales in 2023", "140,000"),
        ("What share of the Chinese market did Japanese brands have in H1 2024?", "14.9%"),
        ("Which company is Japan's second-largest automaker?", "Honda"),
        ("How many EVs did Tesla and BYD sell combined in 2023?", "3.37 million"),
        ("What share of the alliance's sales does Nissan account for?", "41.2%"),
        ("Who sold the fewest EVs in 2023?", "Honda had the smallest"),
        ("Is Mazda part of the Toyota alliance?", "Yes"),
        ("Is Nissan a member of the Toyota-led alliance?", "No"),
        ("When does the US start blocking Chinese car software?", "August 1"),
        ("Why are Japanese automakers forming alliances?", "costs too much money"),
        ("Where is Mitsubishi Motors headquartered?", "Tokyo"),
    ],
)
def test_paraphrases_are_answered(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert expected in answer.text
    assert answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "Who is the CEO of Nissan?",
        "How many EVs did Nissan sell in Europe in 2023?",
        "How many EVs did BYD sell in the first half of 2023?",
        "How many electric cars did Tesla sell last year?",
        "How many vehicles did Honda sell in 2023?",
        "What is Honda's market share in China?",
        "Who is the largest automaker in Japan?",
        "Which sold more EVs in 2023, Ford or BYD?",
        "What's the weather like?",
        "Add Honda's EV sales and Tesla's vehicle sales",
        "How many EVs did Honda and Nissan sell together in fiscal 2023?",
        "How many EVs did BYD export?",
        "What was Japanese cars' market share in China in 2020?",
        "How many new energy vehicles did Honda launch in 2023?",
        "Who leads the Honda-Nissan alliance?",
        "How many hybrid vehicles did Toyota sell?",
        "What were Honda's domestic sales in FY2023?",
        "How many electric vehicles did Nissan order in 2023?",
        "How many new energy vehicles were sold in China?",
        "How much did Tesla's EV sales rise in 2023?",
        "Honda ፩",
    ],
)
def test_questions_the_sources_cannot_answer_are_not_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What would the alliance's total sales be without Mitsubishi?",
        "the alliance's vehicle sales excluding Mitsubishi",
    ],
)
def test_a_group_without_a_member_is_what_the_rest_add_up_to(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED
    assert "4.1 million + 3.44 million = 7.54 million" in answer.working


def test_unknown_says_what_is_known_nearby(engine: Engine) -> None:
    answer = engine.ask("What was Toyota's market share in China in H1 2024?")
    assert answer.status is Status.UNKNOWN
    assert "They give market share in China in the first half of 2024 for:\n  Japanese automakers: 14.9%" in answer.text


def test_a_member_without_figures_points_at_its_group_total(engine: Engine) -> None:
    answer = engine.ask("How many cars did Subaru sell?")
    assert answer.status is Status.UNKNOWN
    assert "They give vehicle sales for:\n  the Toyota-led alliance: 16 million vehicles" in answer.text


def test_an_ambiguous_measure_asks_which(engine: Engine) -> None:
    answer = engine.ask("Nissan sales")
    assert answer.status is Status.CLARIFY
    assert set(answer.options) == {
        "Nissan's vehicle sales",
        "Nissan's decline in sales",
    }  # "sales" names vehicle sales, not the narrower electric vehicle sales
    assert engine.ask(answer.options[0]).status is Status.ANSWERED


def test_the_trace_explains_the_decision(engine: Engine) -> None:
    answer = engine.ask("hwo many more EVs did Tesla sell than BYD in 2023")
    assert answer.intent == "difference"
    assert answer.trace.rule == "answered as difference, asked by 'how many more'"
    assert ("hwo", "how") in answer.trace.corrections
    assert ("measure", "ev-sales") in answer.trace.slots
    assert 0.5 < answer.confidence < 1.0
    assert dict(answer.trace.parts)["typo corrections used"] < 0


def test_group_contradiction_is_told_with_group_answers(engine: Engine) -> None:
    answer = engine.ask("How many automakers are in the Toyota-led alliance?")
    assert "6 members" in answer.text
    assert "these five automakers" in answer.text


def test_follow_ups_borrow_the_previous_slots(engine: Engine) -> None:
    conversation = Conversation()
    assert "140,000" in engine.ask("How many EVs did Nissan sell in 2023?", conversation).text
    assert "19,000" in engine.ask("And Honda's?", conversation).text
    follow_up = engine.ask("what about toyota", conversation)
    assert follow_up.status is Status.UNKNOWN
    assert "Toyota's electric vehicle sales" in follow_up.text


def test_pronoun_follow_up_after_a_group_question(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("Who is in the Toyota-led alliance?", conversation)
    engine.ask("How many vehicles did the Toyota group sell?", conversation)
    answer = engine.ask("And Nissan's?", conversation)
    assert "3.44 million" in answer.text


def test_their_total_sales_after_a_group(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("How many cars did Honda and Nissan sell?", conversation)
    answer = engine.ask("What were their total sales?", conversation)
    assert answer.status is Status.ANSWERED
    assert "7.54 million" in answer.text


def test_a_new_conversation_forgets(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("How many EVs did Nissan sell in 2023?", conversation)
    conversation.reset()
    assert engine.ask("And Honda's?", conversation).status is not Status.ANSWERED


def test_answers_are_deterministic(engine: Engine) -> None:
    first = engine.ask("Order Honda, BYD, Tesla and Nissan by EV sales in 2023")
    assert all(engine.ask("Order Honda, BYD, Tesla and Nissan by EV sales in 2023") == first for _ in range(3))


def test_too_long_question_is_an_error_not_a_crash(engine: Engine) -> None:
    answer = engine.ask("x" * 100_000)
    assert answer.status is Status.ERROR
    assert "too long" in answer.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Who sold more EVs in 2023, Nissan or Honda?", "What were their combined EV sales?"], "159,000"),
        (
            ["Who sold more EVs in 2023, Nissan or Honda?", "What were their combined EV sales?", "And Tesla?"],
            "1.8 million",
        ),
        (["Who is in the Toyota-led alliance?", "How many vehicles did they sell?"], "16 million"),
        (["Honda global sales", "And Honda and Nissan together?"], "7.54 million"),
        (["Tesla EV sales 2023", "How about BYD?", "how many more is that than nissan?"], "1.43 million"),
        (["Japanese brands' market share in China in H1 2024", "how has it changed?"], "22.6%"),
        (["How many cars did Honda sell?", "And Nissan?", "What is the difference?"], "660,000"),
        (["How many EVs did BYD sell in 2023?", "and tesla", "who sold more?"], "Tesla's electric vehicle sales"),
        (["nissan ev sales 2023", "honda?", "combined?"], "159,000"),
        (["Tesla EV sales 2023", "BYD?", "Nissan?", "rank them"], "1. Tesla"),
        (["Tesla EV sales 2023", "Which automaker is Japan's third largest?"], "Nissan is Japan's third-largest"),
    ],
)
def test_dialogues(engine: Engine, turns: list[str], expected: str) -> None:
    conversation = Conversation()
    answers = [engine.ask(turn, conversation) for turn in turns]
    assert answers[-1].status is Status.ANSWERED, answers[-1].text
    assert expected in answers[-1].text


def test_a_follow_up_that_adds_nothing_understood_is_not_answered(engine: Engine) -> None:
    conversation = Conversation()
    engine.ask("Japanese brands' market share in China in H1 2024", conversation)
    assert engine.ask("And so what?", conversation).status is not Status.ANSWERED  # "and before that?" moves on


def test_tell_me_about_an_entity_lists_what_is_known(engine: Engine) -> None:
    answer = engine.ask("Tell me about Mazda")
    assert answer.status is Status.ANSWERED
    assert "Mazda is a member of the Toyota-led alliance" in answer.text
    assert [citation.sentence for citation in answer.citations] == [13]


def test_rankings_over_everyone_compare_like_with_like(engine: Engine) -> None:
    answer = engine.ask("Rank the companies by vehicle sales")
    assert "1. Honda" in answer.text
    assert "alliance (" not in answer.text  # groups are not ranked against their own members


def test_average_over_everyone_with_the_measure(engine: Engine) -> None:
    answer = engine.ask("average EV sales in 2023")
    assert answer.working == ("(140,000 + 19,000 + 1.8 million + 1.57 million) ÷ 4 = 882,250",)


def test_a_share_of_a_combined_figure_divides_by_the_sum(engine: Engine) -> None:
    answer = engine.ask("What share of Tesla and BYD's combined EV sales was BYD's?")
    assert answer.status is Status.ANSWERED
    assert answer.working == ("1.8 million + 1.57 million = 3.37 million", "1.57 million ÷ 3.37 million = 46.6%")


def test_a_share_names_its_whole_first(engine: Engine) -> None:
    answer = engine.ask("What fraction of Tesla's EV sales were BYD's?")
    assert answer.working == ("1.57 million ÷ 1.8 million = 87.2%",)


def test_one_subject_and_a_rank_word_is_a_lookup_not_a_ranking(engine: Engine) -> None:
    assert engine.ask("What rank is Nissan?").text == "Nissan is Japan's third-largest automaker."


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Did Nissan sell 140,000 EVs in 2023?", "Yes. "),
        ("Did Honda sell 140,000 EVs in 2023?", "No. "),
        ("Is Nissan Japan's second-largest automaker?", "No. Honda is Japan's second-largest automaker."),
        ("Did Honda sell about 4 million vehicles?", "Yes. "),
    ],
)
def test_yes_no_questions_about_a_figure_get_yes_or_no(engine: Engine, question: str, start: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED
    assert answer.text.startswith(start)
    assert answer.citations
