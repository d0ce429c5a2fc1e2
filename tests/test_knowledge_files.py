"""A knowledge folder never reads outside itself, never blocks, never reads without bound."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factbot.knowledge.files import MAX_SOURCE_BYTES, FileRefused, read_bounded
from factbot.knowledge.loader import load_knowledge
from factbot.knowledge.yamlfile import KnowledgeError

ARTICLE = """\
source: {id: widgets, title: Widgets, file: FILE}
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
"""


def make_folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "kb"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "widgets.txt").write_text("Acme sold 5 widgets.\n", encoding="utf-8")
    (folder / "widgets.yaml").write_text(ARTICLE.replace("FILE", f"'{name}'"), encoding="utf-8")
    return folder


def the_problem(folder: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    [problem] = [str(problem) for problem in caught.value.problems]
    return problem


def test_a_file_inside_the_folder_is_read(tmp_path: Path) -> None:
    knowledge = load_knowledge(make_folder(tmp_path, "sources/widgets.txt"))
    assert knowledge.sources["widgets"].text == "Acme sold 5 widgets.\n"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../../../../../../../../etc/passwd", "'..'"),
        ("sources/../../secret.txt", "'..'"),
        ("/etc/passwd", "absolute path"),
        ("C:\\Windows\\win.ini", "absolute path"),
    ],
)
def test_traversal_and_absolute_paths_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    (tmp_path / "secret.txt").write_text("Secret.\n", encoding="utf-8")
    problem = the_problem(make_folder(tmp_path, name))
    assert problem.startswith(f"{tmp_path / 'kb' / 'widgets.yaml'}:1: source file")
    assert reason in problem


def test_a_symlink_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("Secret.\n", encoding="utf-8")
    folder = make_folder(tmp_path, "sources/link.txt")
    (folder / "sources" / "link.txt").symlink_to(tmp_path / "secret.txt")
    problem = the_problem(folder)
    assert "widgets.yaml:1:" in problem and "leads outside the knowledge folder" in problem


def test_a_symlink_inside_the_folder_is_fine(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/link.txt")
    (folder / "sources" / "link.txt").symlink_to(folder / "sources" / "widgets.txt")
    assert "widgets" in load_knowledge(folder).sources


def test_a_yaml_file_that_is_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/widgets.txt")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("source: {id: x, title: X, file: sources/widgets.txt}\n", encoding="utf-8")
    (folder / "more.yaml").symlink_to(outside)
    problem = the_problem(folder)
    assert problem.startswith(f"{folder / 'more.yaml'}:1:") and "leads outside" in problem


def test_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/loop.txt")
    (folder / "sources" / "loop.txt").symlink_to(folder / "sources" / "loop.txt")
    assert "widgets.yaml:1: source file" in the_problem(folder)


def test_a_folder_is_not_a_source_text(tmp_path: Path) -> None:
    assert "is a folder, not a regular file" in the_problem(make_folder(tmp_path, "sources"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/pipe.txt")
    os.mkfifo(folder / "sources" / "pipe.txt")
    started = time.perf_counter()
    # in a child process, so a regression hangs one test for 20 s instead of the suite forever
    script = "import sys; from pathlib import Path; from factbot.knowledge.loader import load_knowledge as l\n"
    script += "try:\n    l(Path(sys.argv[1]))\nexcept Exception as e:\n    print(e)\n"
    result = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=20)
    assert "is a named pipe, not a regular file" in result.stdout
    assert time.perf_counter() - started < 20


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/zero.txt")
    (folder / "sources" / "zero.txt").symlink_to("/dev/zero")
    # /dev is outside the folder, so the symlink is refused first; a device inside is refused by kind
    assert "leads outside" in the_problem(folder)


def test_an_oversized_source_is_refused(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/big.txt")
    with (folder / "sources" / "big.txt").open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)  # sparse: costs no disk
    problem = the_problem(folder)
    assert "widgets.yaml:1: source file 'sources/big.txt' is 17.0 MB, over the 16 MB limit" in problem


def test_undecodable_source_text_names_the_byte(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, "sources/widgets.txt")
    (folder / "sources" / "widgets.txt").write_bytes(b"Acme sold \xff widgets.\n")
    assert "is not UTF-8 text (invalid start byte at byte 10)" in the_problem(folder)


@pytest.mark.parametrize("command", [["ask", "Who?"], ["verify"]])
def test_an_outside_file_is_never_printed(tmp_path: Path, command: list[str]) -> None:
    """`verify` used to print the sentences of /etc/passwd as uncovered; `ask` exits 2 like any invalid folder."""
    (tmp_path / "secret.txt").write_text("The password is hunter2.\n", encoding="utf-8")
    folder = make_folder(tmp_path, "../secret.txt")
    arguments = [sys.executable, "-m", "factbot", *command, "--knowledge", str(folder)]
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=60)
    assert result.returncode == (2 if command[0] == "ask" else 1)
    assert "hunter2" not in result.stdout + result.stderr
    assert "widgets.yaml:1: source file '../secret.txt' goes up a folder" in result.stdout + result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_read_bounded_refuses_a_device_by_its_kind() -> None:
    with pytest.raises(FileRefused, match="is a character device, not a regular file"):
        read_bounded(Path("/dev/zero"), MAX_SOURCE_BYTES)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_source_swapped_for_a_fifo_after_caching_is_refused_without_blocking(tmp_path: Path) -> None:
    """The compiled-knowledge cache hashed the files it was built from with read_bytes: a FIFO hung it."""
    folder = make_folder(tmp_path, "sources/widgets.txt")
    script = (
        "import sys; from pathlib import Path; from factbot.engine import Engine\n"
        "try:\n    Engine.from_folder(Path(sys.argv[1]), cache=True)\n    print('loaded')\n"
        "except Exception as e:\n    print(e)\n"
    )
    command = [sys.executable, "-c", script, str(folder)]
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    environment.pop("FACTBOT_NO_CACHE", None)
    first = subprocess.run(command, capture_output=True, text=True, timeout=60, env=environment)
    assert first.stdout.strip() == "loaded" and any((tmp_path / "cache").rglob("*")), first.stderr
    (folder / "sources" / "widgets.txt").unlink()
    os.mkfifo(folder / "sources" / "widgets.txt")
    again = subprocess.run(command, capture_output=True, text=True, timeout=20, env=environment)
    assert "is a named pipe, not a regular file" in again.stdout
