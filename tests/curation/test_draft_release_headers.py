"""A press release's header holds a clock time and a release number ("For release 10:00 a.m. ... USDL-13-1178"):
neither is a figure nor a year, so a draft makes no fact or period of them, and keeps the figures beside them."""

from __future__ import annotations

from factbot.curation.draft import Draft, draft_source
from factbot.knowledge.lexicon import builtin_lexicon

TEXT = (
    "For release 10:00 a.m. (EDT) Thursday, June 20, 2013 USDL-13-1178 SURVEY RESULTS In 2012, employed persons "
    "worked 7.7 hours on the days they worked.\n"
)


def draft() -> Draft:
    return draft_source("release", "A release", "sources/release.txt", TEXT, builtin_lexicon())


def test_a_clock_time_and_a_release_number_are_no_facts() -> None:
    assert [fact.written for fact in draft().facts] == ["7.7"]


def test_a_release_number_is_no_period() -> None:
    aliases = [period.alias for period in draft().periods]
    assert "1178" not in aliases
    assert "2012" in aliases
