"""The statement search picks the same readings as reading every candidate, and reads only those it picks.

The folder is written here: forty-eight statements by six companies, dated and undated,
placed and not, some stating figures, whose ids sort in another order than the file
lists them, so that equal weights must be broken by id and not by position.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from factbot.engine import Engine
from factbot.understanding import retrieval, statement_search
from factbot.understanding.analysis import analyse
from factbot.understanding.retrieval import MAX_STATEMENTS, exhaustive_readings, statement_readings
from factbot.understanding.statement_query import statement_query
from factbot.understanding.statement_search import best_statements
from tiny import tiny_folder

COMPANIES = ("Acme", "Bolt", "Crane", "Delta", "Ember", "Falcon")
ACTIONS = (
    "opened a new plant", "closed a warehouse", "cut 12 jobs", "signed a supply deal", "raised its prices",
    "closed a plant", "hired 12 engineers", "sold a warehouse",
)  # fmt: skip
CAUSES = ("demand weakened", "prices rose", "a storm hit its port")


def _world() -> tuple[str, str]:
    """Text and records: every company does every action, some dated, some placed, some explained."""
    sentences: list[str] = []
    statements: list[str] = []
    for number, (company, action) in enumerate(itertools.product(COMPANIES, ACTIONS)):
        year = 2019 + number % 4
        ident = f"s{(number * 7) % 48:02d}-{company.lower()}"  # ids sort in another order than the file's
        if number % 3 == 0:
            text = f"In March {year}, {company} {action}."
            extra = f'date: "March {year}", kind: event'
        elif number % 3 == 1:
            text = f"{company} {action} in Chile."
            extra = "place: chile, kind: plan"
        else:
            text = f"{company} {action} because {CAUSES[number % len(CAUSES)]}."
            extra = "kind: reason"
        sentences.append(text)
        quote = text.rstrip(".")
        statements.append(
            f'  - {{id: {ident}, {extra}, about: [{company.lower()}], sentence: {len(sentences)}, quote: "{quote}"}}'
        )
    entities = "\n".join(
        f"  - {{id: {name.lower()}, name: {name}, kind: company, aliases: [{name}]}}" for name in COMPANIES
    )
    records = (
        f"entities:\n{entities}\n  - {{id: chile, name: Chile, kind: market, aliases: [Chile]}}\n"
        f"statements:\n" + "\n".join(statements) + "\n"
    )
    return "\n".join(sentences) + "\n", records


QUESTIONS = [
    "Why did Acme raise its prices?",
    "What did Bolt do in 2020?",
    "What happened in March 2021?",
    "Who opened a new plant?",
    "Which company plans to close a warehouse in Chile?",
    "What happened in Chile?",
    "Who cut 12 jobs?",
    "How many jobs did Crane cut?",
    "Why did prices rise?",
    "Did Crane sign a supply deal in 2019?",
    "What about Acme?",
    "Tell me about Bolt and Crane",
    "storm port demand prices plant warehouse",
    "2022",
    "When did Acme close a warehouse?",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    text, records = _world()
    return Engine.from_folder(tiny_folder(tmp_path_factory.mktemp("search"), records, text), cache=False)


@pytest.fixture(params=["searched", "grouped"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of finding the best: the branch-and-bound search, and placing each of a few candidates."""
    monkeypatch.setattr(statement_search, "FEW", 0 if request.param == "searched" else 10_000)
    return str(request.param)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_search_gives_the_readings_of_reading_every_candidate(engine: Engine, question: str, way: str) -> None:
    analysis = analyse(question, engine.kb)
    assert best_statements(statement_query(analysis, engine.kb), engine.kb, MAX_STATEMENTS) is not None
    assert statement_readings(analysis, engine.kb) == exhaustive_readings(analysis, engine.kb)
    assert statement_readings(analysis, engine.kb, limit=None) == exhaustive_readings(analysis, engine.kb, limit=None)


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_are_those_of_reading_every_candidate(
    engine: Engine, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched = engine.ask(question)
    monkeypatch.setattr(retrieval, "best_statements", lambda *_: None)
    assert engine.ask(question) == searched


def test_equal_weights_go_to_the_smaller_id_not_the_earlier_statement(engine: Engine) -> None:
    analysis = analyse("Who opened a new plant?", engine.kb)
    readings = statement_readings(analysis, engine.kb)
    ids = [engine.kb.knowledge.statements[reading.statement or 0].id for reading in readings]
    weights = [analysis.weight(reading.explained) for reading in readings]
    assert len(readings) > 1
    for (first, second), (heavier, lighter) in zip(itertools.pairwise(ids), itertools.pairwise(weights), strict=True):
        assert heavier > lighter or (heavier == lighter and first < second)


def test_only_the_chosen_statements_are_read(engine: Engine, monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    """A name and a place match many statements; the search reads only the best."""
    read: list[int] = []
    reading = retrieval.statement_reading

    def counted(number: int, *arguments: object) -> object:
        read.append(number)
        return reading(number, *arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(retrieval, "statement_reading", counted)
    analysis = analyse("Why did Acme close a plant in Chile?", engine.kb)
    readings = statement_readings(analysis, engine.kb)
    assert len(read) == len(readings) <= MAX_STATEMENTS
    searched = len(read)
    read.clear()
    assert exhaustive_readings(analysis, engine.kb) == readings
    assert len(read) > 2 * searched


def test_a_name_spelt_only_in_stopwords_is_left_to_reading_every_candidate(tmp_path: Path) -> None:
    """Every statement spells out a name of stopwords only, so no set of the index holds the answer."""
    records = """
entities:
  - {id: us, name: The Us, kind: company, aliases: [The Us]}
statements:
  - {id: a, about: [us], sentence: 1, quote: "We opened a plant"}
"""
    engine = Engine.from_folder(tiny_folder(tmp_path, records, "We opened a plant.\n"), cache=False)
    analysis = analyse("What did The Us open?", engine.kb)
    query = statement_query(analysis, engine.kb)
    assert [test.spelt for test in query.entities] == [()]
    assert best_statements(query, engine.kb, MAX_STATEMENTS) is None
    assert statement_readings(analysis, engine.kb) == exhaustive_readings(analysis, engine.kb)
