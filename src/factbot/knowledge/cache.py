"""The compiled-knowledge cache: a validated knowledge folder, ready to answer, in one file.

Loading a folder means parsing YAML with line tracking, validating every record against its
source text and normalising every alias, quote and statement for the indexes. For 100,000
facts that takes seconds; reading back what it produced takes a fraction of that. So the
first start compiles, and later starts read the compiled knowledge:

- **What is kept:** the validated `Knowledge` (a folder with problems raises and is never
  cached) and the text tables of its index (`factbot.knowledge.index.TextTables`). The rest
  of the index is rebuilt from those in memory.
- **Format:** MessagePack through msgspec, decoded into the model's own typed records. Reading
  it can only build those records: unlike pickle, it cannot run code. Decimals are written as
  their exact text, so every value reads back exactly.
- **Where:** one file per knowledge folder in the user's cache directory
  (`platformdirs.user_cache_dir("factbot")`, `$XDG_CACHE_HOME/factbot` on Linux).
- **Key:** the content of the knowledge files (every YAML file, every source text, the folder's
  lexicon), factbot's version, `SCHEMA_VERSION`, and a digest of the code that compiles
  knowledge (`factbot/knowledge/`), so a development checkout never reads what older code
  compiled. To avoid reading a large folder twice on every start, the file also records each
  knowledge file's size, modification time and inode: when none changed, the content they had
  is the content the key was made from; when any did, the files are hashed again.
- **Safety:** written to a temporary file and renamed into place, so two processes starting at
  once each write a whole file and readers see the old file or the new one, never half of one.
  A checksum covers everything after the header; a truncated, garbled or foreign file is
  ignored and compiled again, never trusted and never a crash. Failing to write (a read-only
  home, a full disk) only costs the next start its speed.
- **Bypass:** `factbot --no-cache`, or `FACTBOT_NO_CACHE=1` in the environment.
"""

from __future__ import annotations

import gc
import hashlib
import os
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import msgspec

from factbot import __version__
from factbot.knowledge.cache_key import (
    Stamp,
    code_digest,
    content_digest,
    racy,
    source_texts,
    stamp_of,
    unchanged,
    yaml_files,
)
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.lazy import LazyMapping, LazyRecords, Records
from factbot.knowledge.model import (
    ClaimFree,
    Entity,
    Fact,
    Knowledge,
    Lexicon,
    Measure,
    Period,
    Source,
    Statement,
)
from factbot.knowledge.precomputed import IndexTables, Precomputed, SurfaceSpelling

SCHEMA_VERSION = 6
"""Bump when the model or the text tables change shape: every older cache file is then ignored."""
ENVIRONMENT_VARIABLE = "FACTBOT_NO_CACHE"
MAGIC = b"factbot compiled knowledge\n"
_LENGTH_BYTES = 8


@dataclass(frozen=True)
class Header:
    """Everything needed to decide whether the file may be trusted, before reading the rest."""

    schema: int
    version: str
    code: str
    folder: str
    content: str
    """The digest of the knowledge files' content the compiled knowledge was made from."""
    stamps: tuple[Stamp, ...]
    """The YAML files first (`yaml_files` of them), then the source texts."""
    yaml_files: int
    written_ns: int
    """When the file was written: a stamp this close to it may hide a change (see `_racy`)."""
    checksum: int
    """CRC-32 of the payload: a garbled file is compiled again."""
    length: int


@dataclass(frozen=True)
class Compiled:
    """The payload: small records decoded at once, large collections kept encoded record by record
    (`factbot.knowledge.lazy`) and decoded when a question first reads them."""

    lexicon: Lexicon
    entities: dict[str, Entity]
    measures: dict[str, Measure]
    periods: dict[str, Period]
    claim_free: tuple[ClaimFree, ...]
    sources: dict[str, msgspec.Raw]
    facts: Records
    statements: Records
    statement_words: Records
    statement_own_words: Records
    statement_pairs: Records
    statement_has_figure: tuple[bool, ...]
    tables: IndexTables
    spelling_deletions: msgspec.Raw
    surface_vocabulary: frozenset[str]
    surface_deletions: msgspec.Raw


def cache_enabled(requested: bool = True) -> bool:
    """False with `--no-cache` (requested=False) or FACTBOT_NO_CACHE set to anything but 0 or empty."""
    return requested and os.environ.get(ENVIRONMENT_VARIABLE, "").strip() in ("", "0")


def cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("factbot")) / "knowledge"


def cache_file(folder: Path) -> Path:
    """The one cache file of a knowledge folder, named by where it is (its content is checked inside).

    The folder as given is part of the name, because the compiled sources keep their paths as
    the loader saw them (`-k knowledge` and `-k ./knowledge` compile separately).
    """
    where = f"{folder.resolve()}\0{folder}"
    name = hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return cache_folder() / f"{name}.msgpack"


def load_knowledge_base(folder: Path, use_cache: bool = True) -> KnowledgeBase:
    """The indexed knowledge of `folder`: from the cache when it is current, else compiled (and cached).

    Raises KnowledgeError, as `load_knowledge` does, when the folder is invalid; nothing is cached then.
    """
    from factbot.knowledge.loader import load_knowledge  # not imported at all when the cache is current

    if not cache_enabled(use_cache):
        with paused_gc():
            return KnowledgeBase(load_knowledge(folder))
    path = cache_file(folder)
    cached = read_cache(path, folder)
    if cached is not None:
        return cached
    with paused_gc():
        knowledge = load_knowledge(folder)
        kb = KnowledgeBase(knowledge)
    with suppress(OSError):
        write_cache(path, folder, kb)
    return kb


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while building a large object graph, then freeze it.

    Building a hundred thousand records triggers collection after collection, each walking
    everything built so far: most of a cold load's time. The records live as long as the
    process, so afterwards they are moved out of the collector's sight (`gc.freeze`), and
    later collections stay short however large the knowledge is.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


# --- reading --------------------------------------------------------------------------------------------
_HEADER = msgspec.msgpack.Decoder(Header)
_COMPILED = msgspec.msgpack.Decoder(Compiled)


def read_cache(path: Path, folder: Path) -> KnowledgeBase | None:
    """The cached knowledge base of `folder`, or None when the file is missing, stale or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header = _header(data)
    proof = _current(header, folder) if header is not None else None
    if header is None or proof is None:
        return None
    start = len(MAGIC) + _LENGTH_BYTES + int.from_bytes(data[len(MAGIC) : len(MAGIC) + _LENGTH_BYTES], "big")
    payload = memoryview(data)[start:]
    if len(payload) != header.length or zlib.crc32(payload) != header.checksum:
        return None
    try:
        with paused_gc():
            kb = _knowledge_base(_COMPILED.decode(payload))
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, KeyError, LookupError):
        return None
    if proof == CONTENT:  # stamps changed but not the content (a touch, a copy): stamp again, hash less next time
        with suppress(OSError):
            _write(path, folder, bytes(payload), header.content, [Path(stamp.path) for stamp in header.stamps])
    return kb


def _knowledge_base(compiled: Compiled) -> KnowledgeBase:
    knowledge = Knowledge(
        lexicon=compiled.lexicon,
        sources=LazyMapping(msgspec.msgpack.Decoder(Source).decode, compiled.sources),
        entities=compiled.entities,
        measures=compiled.measures,
        periods=compiled.periods,
        facts=LazyRecords(msgspec.msgpack.Decoder(Fact).decode, compiled.facts.slices()),
        statements=LazyRecords(msgspec.msgpack.Decoder(Statement).decode, compiled.statements.slices()),
        claim_free=compiled.claim_free,
    )
    words = msgspec.msgpack.Decoder(frozenset[str]).decode
    pairs = msgspec.msgpack.Decoder(frozenset[tuple[str, str]]).decode
    precomputed = Precomputed(
        tables=compiled.tables,
        statement_words=LazyRecords(words, compiled.statement_words.slices()),
        statement_own_words=LazyRecords(words, compiled.statement_own_words.slices()),
        statement_pairs=LazyRecords(pairs, compiled.statement_pairs.slices()),
        statement_has_figure=compiled.statement_has_figure,
        spelling_deletions=_deletions(compiled.spelling_deletions),
        surface_spelling=SurfaceSpelling(compiled.surface_vocabulary, _deletions(compiled.surface_deletions)),
    )
    return KnowledgeBase(knowledge, precomputed)


def _deletions(encoded: msgspec.Raw) -> Callable[[], dict[str, tuple[str, ...]]]:
    """A spelling index's deletions, decoded when a question first needs a correction."""
    return lambda: msgspec.msgpack.decode(encoded, type=dict[str, tuple[str, ...]])


def _compiled(kb: KnowledgeBase) -> Compiled:
    encode = msgspec.msgpack.Encoder().encode
    knowledge = kb.knowledge
    return Compiled(
        lexicon=knowledge.lexicon,
        entities=knowledge.entities,
        measures=knowledge.measures,
        periods=knowledge.periods,
        claim_free=knowledge.claim_free,
        sources={key: msgspec.Raw(encode(source)) for key, source in knowledge.sources.items()},
        facts=Records.encode(knowledge.facts, encode),
        statements=Records.encode(knowledge.statements, encode),
        statement_words=Records.encode(kb.statement_words, encode),
        statement_own_words=Records.encode(kb.statement_own_words, encode),
        statement_pairs=Records.encode(kb.statement_pairs, encode),
        statement_has_figure=tuple(kb.statement_has_figure),
        tables=kb.index_tables(),
        spelling_deletions=msgspec.Raw(encode(kb.spelling.deletions)),
        surface_vocabulary=kb.surface_spelling.vocabulary,
        surface_deletions=msgspec.Raw(encode(kb.surface_spelling.deletions)),
    )


def _header(data: bytes) -> Header | None:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _LENGTH_BYTES:
        return None
    length = int.from_bytes(data[len(MAGIC) : len(MAGIC) + _LENGTH_BYTES], "big")
    start = len(MAGIC) + _LENGTH_BYTES
    try:
        header = _HEADER.decode(data[start : start + length])
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    expected = (SCHEMA_VERSION, __version__, code_digest())
    return header if (header.schema, header.version, header.code) == expected else None


STAMPS, CONTENT = "stamps", "content"


def _current(header: Header, folder: Path) -> str | None:
    """How the knowledge files were shown to hold the content the cache was compiled from (None: they don't)."""
    if header.folder != str(folder.resolve()):
        return None
    base = str(folder.absolute())
    paths = [os.path.join(base, path.name) for path in yaml_files(folder)]
    if paths != [stamp.path for stamp in header.stamps[: header.yaml_files]]:
        return None  # a YAML file was added or removed
    if not any(map(racy(header.written_ns), header.stamps)) and all(map(unchanged, header.stamps)):
        return STAMPS
    return CONTENT if content_digest([Path(stamp.path) for stamp in header.stamps]) == header.content else None


# --- writing --------------------------------------------------------------------------------------------
def write_cache(path: Path, folder: Path, kb: KnowledgeBase) -> None:
    """Write `kb` as the cache of `folder`: to a temporary file beside `path`, then renamed over it."""
    files = [path.absolute() for path in (*yaml_files(folder), *source_texts(kb.knowledge))]
    payload = msgspec.msgpack.encode(_compiled(kb))
    _write(path, folder, payload, content_digest(files), files)


def _write(path: Path, folder: Path, payload: bytes, content: str, files: list[Path]) -> None:
    stamps = tuple(stamp for stamp in map(stamp_of, files) if stamp is not None)
    if len(stamps) != len(files):
        return  # a file vanished while loading: compile again next time
    header = Header(
        schema=SCHEMA_VERSION,
        version=__version__,
        code=code_digest(),
        folder=str(folder.resolve()),
        content=content,
        stamps=stamps,
        yaml_files=len(yaml_files(folder)),
        written_ns=time.time_ns(),
        checksum=zlib.crc32(payload),
        length=len(payload),
    )
    encoded = msgspec.msgpack.encode(header)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(MAGIC + len(encoded).to_bytes(_LENGTH_BYTES, "big") + encoded)
            handle.write(payload)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
