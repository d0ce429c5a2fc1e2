"""Each answer function on curated facts: exact arithmetic, shown working, every sentence cited."""

from __future__ import annotations

import pytest

from factbot.answering import answers, groups
from factbot.engine import Engine
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.results import Status


@pytest.fixture(scope="module")
def kb(engine: Engine) -> KnowledgeBase:
    return engine.kb


def fact(kb: KnowledgeBase, fact_id: str) -> Fact:
    return next(item for item in kb.knowledge.facts if item.id == fact_id)


def test_lookup_writes_the_value_as_the_source_does(kb: KnowledgeBase) -> None:
    reply = answers.lookup(kb, [fact(kb, "mitsubishi-sales-fy2023")])
    assert reply.status is Status.ANSWERED
    assert "810,000 vehicles" in reply.text
    assert "Note: The article gives no period" in reply.text
    assert {evidence.sentence for evidence in reply.evidence} == {11, 12}


def test_compare_names_the_higher_first(kb: KnowledgeBase) -> None:
    reply = answers.compare(kb, fact(kb, "honda-ev-2023"), fact(kb, "nissan-ev-2023"))
    assert reply.text.startswith("Nissan's electric vehicle sales")
    assert "140,000 electric vehicles against 19,000" in reply.text


def test_difference_shows_its_working(kb: KnowledgeBase) -> None:
    reply = answers.difference(kb, fact(kb, "nissan-sales-fy2023"), fact(kb, "honda-sales-fy2023"))
    assert reply.working == ("4.1 million − 3.44 million = 660,000",)
    assert "by 660,000 vehicles" in reply.text


def test_difference_of_percentages_is_in_points(kb: KnowledgeBase) -> None:
    reply = answers.difference(kb, fact(kb, "honda-china-decline-2023"), fact(kb, "toyota-china-decline-2023"))
    assert reply.working == ("10.1% − 1.7% = 8.4 percentage points",)


def test_ratio(kb: KnowledgeBase) -> None:
    reply = answers.ratio(kb, fact(kb, "tesla-ev-2023"), fact(kb, "honda-ev-2023"))
    assert reply.working == ("1.8 million ÷ 19,000 = 94.7",)


def test_total_adds_and_cites_once(kb: KnowledgeBase) -> None:
    facts = [fact(kb, "tesla-ev-2023"), fact(kb, "byd-ev-2023")]
    reply = answers.total(kb, facts, "Tesla and BYD")
    assert reply.working == ("1.8 million + 1.57 million = 3.37 million",)
    assert {evidence.sentence for evidence in reply.evidence} == {25}


def test_percentages_are_never_added(kb: KnowledgeBase) -> None:
    facts = [fact(kb, "honda-china-decline-2023"), fact(kb, "nissan-china-decline-2023")]
    reply = answers.total(kb, facts, "Honda and Nissan")
    assert reply.status is Status.UNKNOWN
    assert "no meaningful total" in reply.text


def test_share_of_a_whole(kb: KnowledgeBase) -> None:
    reply = answers.share(kb, fact(kb, "mitsubishi-sales-fy2023"), fact(kb, "three-company-sales-fy2023"))
    assert reply.working == ("810,000 ÷ 8.35 million = 9.7%",)


def test_rank_orders_highest_first(kb: KnowledgeBase) -> None:
    facts = [fact(kb, f"{name}-ev-2023") for name in ("honda", "byd", "nissan", "tesla")]
    reply = answers.rank(kb, facts)
    positions = [reply.text.index(name) for name in ("Tesla", "BYD", "Nissan", "Honda")]
    assert positions == sorted(positions)


def test_extreme_min(kb: KnowledgeBase) -> None:
    facts = [fact(kb, f"{name}-china-decline-2023") for name in ("toyota", "honda", "nissan")]
    reply = answers.extreme(kb, facts, "min")
    assert reply.text.startswith("Toyota had the smallest decline in sales in China in 2023: 1.7%")


def test_average_is_unweighted_and_says_so(kb: KnowledgeBase) -> None:
    facts = [fact(kb, f"{name}-china-decline-2023") for name in ("toyota", "honda", "nissan")]
    reply = answers.average(kb, facts)
    assert reply.working == ("(1.7% + 10.1% + 16.1%) ÷ 3 = 9.3%",)
    assert "unweighted" in reply.text


def test_change_over_a_series_in_points(kb: KnowledgeBase) -> None:
    series = [fact(kb, "japanese-share-china-3"), fact(kb, "japanese-share-china-h1-2024")]
    reply = answers.change(kb, series)
    assert "fell by 2.1 percentage points" in reply.text
    assert {evidence.sentence for evidence in reply.evidence} == {21, 22, 24}


def test_incompatible_periods_are_refused(kb: KnowledgeBase) -> None:
    reason = answers.incompatibility(kb, [fact(kb, "honda-sales-fy2023"), fact(kb, "honda-ev-2023")])
    assert reason is not None
    assert "different things" in reason


def test_group_members_carry_the_contradiction(kb: KnowledgeBase) -> None:
    reply = groups.members(kb, kb.entities["toyota-group"])
    assert "Toyota, Daihatsu, Suzuki, Subaru, Mazda and Hino" in reply.text
    assert "these five automakers" in reply.text
    assert {evidence.sentence for evidence in reply.evidence} == {13, 14}


def test_membership_planned_is_not_yet(kb: KnowledgeBase) -> None:
    reply = groups.membership(kb, "mitsubishi", kb.entities["honda-nissan-alliance"])
    assert reply.text.startswith("Not yet")
