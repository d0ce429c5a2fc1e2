"""The compiled-knowledge cache: what it reads back is what loading gives, and it is never trusted blindly."""

from __future__ import annotations

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

from factbot.cli import main
from factbot.engine import Engine
from factbot.knowledge import cache
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.yamlfile import KnowledgeError
from knowledge_paths import FIXTURES, KNOWLEDGE

QUESTION = "How many EVs did Nissan sell in 2023?"
INDEXES = (
    "phrases",
    "loose_phrases",
    "longest_phrase",
    "statements_by_word",
    "statements_about",
    "statement_tables",
    "facts_by_key",
    "facts_by_subject",
    "facts_by_measure",
    "facts_by_measure_period",
    "subjects_by_measure",
    "markets_by_measure",
    "measures_of_subject",
    "market_ids",
    "entity_words",
    "routing_words",
    "periods_by_key",
    "_document_frequency",
    "_documents",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENVIRONMENT_VARIABLE, raising=False)
    return tmp_path / "cache"


def test_the_cache_lives_in_the_user_cache_directory(folder: Path, own_cache: Path) -> None:
    cache.load_knowledge_base(folder)
    assert cache.cache_file(folder).is_file()
    assert cache.cache_file(folder).parent == own_cache / "factbot" / "knowledge"


@pytest.mark.parametrize("source", [KNOWLEDGE, FIXTURES / "second-source"])
def test_round_trip_equals_the_freshly_loaded_knowledge(source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "k"
    shutil.copytree(source, folder)
    built = cache.load_knowledge_base(folder)
    path = cache.cache_file(folder)
    read = cache.read_cache(path, folder)
    assert read is not None
    fresh = KnowledgeBase(load_knowledge(folder))
    assert read.knowledge == fresh.knowledge == built.knowledge
    assert list(read.knowledge.facts) == list(fresh.knowledge.facts)
    assert [fact.value for fact in read.knowledge.facts] == [fact.value for fact in fresh.knowledge.facts]
    assert all(type(a.value) is type(b.value) for a, b in zip(read.knowledge.facts, fresh.knowledge.facts, strict=True))
    assert dict(read.knowledge.sources) == dict(fresh.knowledge.sources)
    for name in INDEXES:
        assert getattr(read, name) == getattr(fresh, name), name
    assert list(read.statement_words) == list(fresh.statement_words)
    assert list(read.statement_own_words) == list(fresh.statement_own_words)
    assert list(read.statement_pairs) == list(fresh.statement_pairs)
    assert list(read.statement_has_figure) == list(fresh.statement_has_figure)
    assert read.bases_of_measure == fresh.bases_of_measure
    assert read.kind_words == fresh.kind_words
    assert read.surface_spelling.vocabulary == fresh.surface_spelling.vocabulary
    assert read.surface_spelling.deletions == fresh.surface_spelling.deletions
    assert read.spelling.deletions == fresh.spelling.deletions
    assert read.spelling.vocabulary == fresh.spelling.vocabulary


def test_cached_engine_answers_as_a_fresh_one(folder: Path) -> None:
    Engine.from_folder(folder)  # compiles and caches
    cached, fresh = Engine.from_folder(folder), Engine.from_folder(folder, cache=False)
    for question in (QUESTION, "hwo many cars did nisan sell", "Why are Japanese automakers forming alliances?"):
        assert cached.ask(question) == fresh.ask(question)


@pytest.mark.parametrize("damage", ["truncate", "garble", "empty", "foreign"])
def test_a_damaged_cache_file_is_compiled_again(folder: Path, damage: str) -> None:
    cache.load_knowledge_base(folder)
    path = cache.cache_file(folder)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garble":
        data[-200] ^= 0xFF  # one flipped byte deep in the payload
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"\x93\x01\x02\x03 not a cache file at all")
    path.write_bytes(bytes(data))
    assert cache.read_cache(path, folder) is None
    kb = cache.load_knowledge_base(folder)
    assert kb.knowledge == load_knowledge(folder)
    assert cache.read_cache(path, folder) is not None  # and written again, whole


def test_a_changed_source_text_invalidates(folder: Path) -> None:
    cache.load_knowledge_base(folder)
    text = folder / "sources" / "automakers-alliance.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("140,000", "150,000"), encoding="utf-8")
    assert cache.read_cache(cache.cache_file(folder), folder) is None
    with pytest.raises(KnowledgeError):  # the facts no longer match their text: refused, as without a cache
        cache.load_knowledge_base(folder)


def test_a_changed_yaml_file_invalidates_even_with_the_same_size_and_time(folder: Path) -> None:
    kb = cache.load_knowledge_base(folder)
    yaml_file = folder / "automakers-alliance.yaml"
    status = yaml_file.stat()
    original = yaml_file.read_text(encoding="utf-8")
    changed = original.replace("automakers band together", "automakers bond together", 1)
    assert changed != original and len(changed) == len(original)
    yaml_file.write_text(changed, encoding="utf-8")
    os.utime(yaml_file, ns=(status.st_atime_ns, status.st_mtime_ns))
    reloaded = cache.load_knowledge_base(folder)
    assert reloaded.knowledge.sources["automakers-alliance"].title != kb.knowledge.sources["automakers-alliance"].title


def test_an_added_yaml_file_invalidates(folder: Path) -> None:
    cache.load_knowledge_base(folder)
    shutil.copy(FIXTURES / "second-source" / "coffee.yaml", folder / "coffee.yaml")
    shutil.copytree(FIXTURES / "second-source" / "sources", folder / "sources", dirs_exist_ok=True)
    assert cache.read_cache(cache.cache_file(folder), folder) is None
    assert "coffee" in cache.load_knowledge_base(folder).knowledge.sources


def test_an_invalid_folder_is_never_cached(folder: Path) -> None:
    (folder / "broken.yaml").write_text("source: {id: broken}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        cache.load_knowledge_base(folder)
    assert not cache.cache_file(folder).exists()


def test_no_cache_option_and_environment_bypass_it(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["--no-cache", "-k", str(folder), "ask", QUESTION]) == 0
    assert main(["ask", "--no-cache", "-k", str(folder), QUESTION]) == 0
    assert not cache.cache_file(folder).exists()
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, "1")
    assert main(["-k", str(folder), "ask", QUESTION]) == 0
    assert not cache.cache_file(folder).exists()
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, "0")
    assert main(["-k", str(folder), "ask", QUESTION]) == 0
    assert cache.cache_file(folder).exists()


def test_a_stale_cache_is_not_used_without_the_cache(folder: Path) -> None:
    cache.load_knowledge_base(folder)
    path = cache.cache_file(folder)
    path.write_bytes(b"garbage")
    assert main(["--no-cache", "-k", str(folder), "ask", QUESTION]) == 0
    assert path.read_bytes() == b"garbage"  # bypassed: neither read nor rewritten


def _load_in_child(folder: str, cache_home: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    os.environ["XDG_CACHE_HOME"] = cache_home
    kb = cache.load_knowledge_base(Path(folder))
    queue.put(len(kb.knowledge.facts))


def test_concurrent_writers_leave_a_whole_file(folder: Path, own_cache: Path) -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_load_in_child, args=(str(folder), str(own_cache), queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    counts = {queue.get(timeout=5) for _ in workers}
    path = cache.cache_file(folder)
    read = cache.read_cache(path, folder)
    assert read is not None and counts == {len(read.knowledge.facts)}
    assert read.knowledge == load_knowledge(folder)
    assert [entry.name for entry in path.parent.iterdir()] == [path.name]  # no temporary file left behind


def test_reading_the_cache_cannot_run_code(folder: Path) -> None:
    """The format is MessagePack decoded into the model's types: no pickle anywhere near it."""
    source = Path(cache.__file__).read_text(encoding="utf-8")
    assert "pickle" not in source.replace("unlike pickle", "").replace("NOT pickle", "")
    cache.load_knowledge_base(folder)
    assert b"cos\nsystem" not in cache.cache_file(folder).read_bytes()
