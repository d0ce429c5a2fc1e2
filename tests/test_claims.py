"""`factbot check`: supported, refuted, or not in the sources — with the rounding rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.cli import ExitCode, main
from factbot.engine import INTERNAL_ERROR, Engine
from factbot.results import Status

SUPPORTED, REFUTED, UNKNOWN = Status.SUPPORTED, Status.REFUTED, Status.UNKNOWN


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Nissan sold 140,000 EVs in 2023", SUPPORTED),
        ("nisan sold 140000 electic vehicles in 2023", SUPPORTED),
        ("In 2023 Nissan's electric car sales reached 140,000", SUPPORTED),
        ("Honda sold 140,000 EVs in 2023", REFUTED),
        ("The Toyota-led group sold 16 million vehicles", SUPPORTED),
        ("Toyota sold 2 million EVs in 2023", UNKNOWN),
        ("Japanese brands held 14.9% of China's market in the first half of 2024", SUPPORTED),
        ("Honda's China sales fell 12% in 2023", REFUTED),
        ("BYD sold 1.57 million EVs in 2021", UNKNOWN),
        ("Ford sold 2 million cars", UNKNOWN),
        ("Nissan sold more EVs than Honda in 2023", SUPPORTED),
        ("Honda sold more EVs than Nissan in 2023", REFUTED),
        ("Suzuki is a member of the Toyota-led alliance", SUPPORTED),
        ("Nissan is a member of the Toyota-led alliance", REFUTED),
        ("Mitsubishi plans to join the Honda-Nissan alliance", SUPPORTED),
        ("Honda exported 4.1 million vehicles", UNKNOWN),
    ],
)
def test_verdicts(engine: Engine, claim: str, verdict: Status) -> None:
    answer = engine.check(claim)
    assert answer.status is verdict, answer.text
    if verdict is not UNKNOWN:
        assert answer.citations


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Honda sold 4.1 million vehicles", SUPPORTED),
        ("Honda sold 4 million vehicles", REFUTED),
        ("Honda sold about 4 million vehicles", SUPPORTED),
        ("Nissan sold about 3 million vehicles", SUPPORTED),
        ("Nissan sold about 4 million vehicles", REFUTED),
        ("Tesla sold over 1.5 million electric vehicles in 2023", SUPPORTED),
        ("Tesla sold under 1.5 million electric vehicles in 2023", REFUTED),
        ("Japanese automakers planned to launch more than 30 new energy vehicles by 2030", SUPPORTED),
        ("Japanese automakers planned to launch 30 new energy vehicles by 2030", REFUTED),
    ],
)
def test_rounding_rules(engine: Engine, claim: str, verdict: Status) -> None:
    assert engine.check(claim).status is verdict


def test_refutation_names_the_source_value_and_whose_figure_it_was(engine: Engine) -> None:
    text = engine.check("Honda sold 140,000 EVs in 2023").text
    assert "19,000" in text
    assert "The claimed figure is Nissan's." in text


def test_check_command_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "Nissan sold 140,000 EVs in 2023"]) == ExitCode.OK
    assert "[supported]" in capsys.readouterr().out
    assert main(["check", "Toyota sold 2 million EVs in 2023"]) == ExitCode.NOT_IN_SOURCES == 3
    assert "[unknown]" in capsys.readouterr().out
    assert main(["check", "Honda sold 140,000 EVs in 2023"]) == ExitCode.NOT_ANSWERED == 1
    assert "[refuted]" in capsys.readouterr().out


def test_a_member_count_claim_never_raises(engine: Engine) -> None:
    """It raised AssertionError: a group reading has no measure, and the figure check assumed one."""
    for claim in ("Toyota's alliance has 6 members", "Toyota's alliance has more than 3 members"):
        answer = engine.check(claim)
        assert answer.trace.rule != INTERNAL_ERROR and answer.citations, answer.text


def test_a_defect_costs_one_answer_never_a_traceback(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import factbot.engine

    def broken(*args: object) -> object:
        raise AssertionError("a defect")

    monkeypatch.setattr(factbot.engine, "analyse", broken)
    monkeypatch.setattr(factbot.engine, "check_claim", broken)
    for answer in (engine.ask("How many EVs did Nissan sell in 2023?"), engine.check("Nissan sold 5 EVs")):
        assert answer.status is Status.ERROR and answer.trace.rule == INTERNAL_ERROR
        assert "AssertionError" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Toyota's alliance has 6 members", Status.SUPPORTED),  # the list
        ("Toyota's alliance has 5 members", Status.UNKNOWN),  # the article also says "these five automakers"
        ("Toyota's alliance has 9 members", Status.REFUTED),
    ],
)
def test_a_member_count_is_checked_against_the_list_and_the_sources_own_contradiction(
    engine: Engine, claim: str, verdict: Status
) -> None:
    assert engine.check(claim).status is verdict


def test_a_fall_in_other_words_is_said_by_a_statement_of_a_fall(tmp_path: Path) -> None:
    """ "The dry spell that cut output ..." is about the statement "output is forecast to drop ...": a wrong date
    in it then refutes the claim instead of leaving it unknown."""
    from factbot.understanding.analysis import analyse
    from factbot.verification.claim_parts import same_direction as _same_direction
    from tiny import tiny_engine

    kb = tiny_engine(tmp_path).kb
    analysis = analyse("The drought that cut Acme's output lasted a year.", kb)
    cut = next(index for index, word in enumerate(analysis.words) if word.surface == "cut")
    assert _same_direction(set(kb.normaliser.words("output is forecast to drop")), analysis, kb) == {cut}
    assert _same_direction(set(kb.normaliser.words("output is forecast to rise")), analysis, kb) == frozenset()
