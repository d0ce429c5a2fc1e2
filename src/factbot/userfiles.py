"""The user's files: `config.toml`, question history and saved conversations.

Paths come from platformdirs, so they follow the XDG base directories on Linux
(`$XDG_CONFIG_HOME`, `$XDG_DATA_HOME`) and each platform's convention elsewhere:

    config     ~/.config/factbot/config.toml
    history    ~/.local/share/factbot/history            (shared by the chat and --plain)
    saved      ~/.local/share/factbot/conversations/*.json
    exports    ~/Documents/factbot/                       (unless config.toml says otherwise)

The config is TOML read with the standard library; nothing here imports textual,
so `factbot ask` can honour the default knowledge folder without paying for the TUI.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "factbot"
HISTORY_LIMIT = 1000
"""Questions kept in the history file; older ones are dropped when it grows past twice this."""

CONFIG_KEYS = {
    "theme": 'the chat\'s theme, e.g. "textual-dark", "nord", "ansi-dark" (choosing one in the chat saves it here)',
    "knowledge": "the default knowledge folder (--knowledge and $FACTBOT_KNOWLEDGE win over it)",
    "export_folder": "where ctrl+s proposes to save exports (default: ~/Documents/factbot)",
    "keymap": 'a table of binding id = keys, e.g. "factbot.export" = "f5" (ids are listed in F1 help)',
}
"""Every key `config.toml` understands, with what it does (shown in `factbot --help` and the README)."""


class ConfigError(Exception):
    """`config.toml` cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Config:
    """What `config.toml` sets; every field is optional."""

    theme: str | None = None
    """A Textual theme name; the chat saves the one chosen from the palette here."""
    knowledge: Path | None = None
    """The knowledge folder used when neither --knowledge nor $FACTBOT_KNOWLEDGE is given."""
    export_folder: Path | None = None
    """Where exports go by default, instead of ~/Documents/factbot."""
    keymap: Mapping[str, str] = field(default_factory=dict)
    """Binding id -> keys, so keys can be moved without writing Python."""


@dataclass(frozen=True)
class UserFiles:
    """Where factbot keeps what it remembers between runs."""

    config_dir: Path
    data_dir: Path
    documents_dir: Path

    @classmethod
    def standard(cls) -> UserFiles:
        """The platform's folders (XDG on Linux), as platformdirs names them."""
        return cls(
            platformdirs.user_config_path(APP_NAME),
            platformdirs.user_data_path(APP_NAME),
            platformdirs.user_documents_path() / APP_NAME,
        )

    @classmethod
    def under(cls, root: Path) -> UserFiles:
        """Everything below one folder (tests, and anyone who wants a portable set-up)."""
        return cls(root / "config", root / "data", root / "exports")

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history"

    @property
    def conversations_dir(self) -> Path:
        return self.data_dir / "conversations"

    def export_dir(self, config: Config) -> Path:
        return config.export_folder or self.documents_dir


def load_config(path: Path) -> tuple[Config, list[str]]:
    """The config at `path` (a missing file is an empty config) and warnings about unknown keys.

    Raises ConfigError when the file is not valid TOML or a known key has the wrong type.
    """
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return Config(), []
    except OSError as error:
        raise ConfigError(f"{path}: cannot read it: {error.strerror}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from error
    warnings = [f"{path}: unknown key {key!r} ignored" for key in data if key not in CONFIG_KEYS]
    return (
        Config(
            theme=_text(data, "theme", path),
            knowledge=_folder(data, "knowledge", path),
            export_folder=_folder(data, "export_folder", path),
            keymap=_keymap(data, path),
        ),
        warnings,
    )


def _text(data: dict[str, Any], key: str, path: Path) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{path}: {key!r} must be a string, not {type(value).__name__}")
    return value


def _folder(data: dict[str, Any], key: str, path: Path) -> Path | None:
    """A folder; `~` is the home folder and a relative path is relative to the config file."""
    value = _text(data, key, path)
    if value is None:
        return None
    folder = Path(value).expanduser()
    return folder if folder.is_absolute() else path.parent / folder


def _keymap(data: dict[str, Any], path: Path) -> dict[str, str]:
    table = data.get("keymap", {})
    if not isinstance(table, dict) or not all(isinstance(keys, str) for keys in table.values()):
        raise ConfigError(f'{path}: [keymap] must map binding ids to keys, e.g. "factbot.export" = "f5"')
    return dict(table)


_THEME_LINE = re.compile(r"^\s*theme\s*=.*$")
_TABLE_LINE = re.compile(r"^\s*\[")


def save_theme(path: Path, theme: str) -> None:
    """Set the top-level `theme` in `config.toml`, keeping every other line (and comment) as it was."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    setting = f"theme = {_toml_string(theme)}"
    top_level_end = next((index for index, line in enumerate(lines) if _TABLE_LINE.match(line)), len(lines))
    for index in range(top_level_end):
        if _THEME_LINE.match(lines[index]):
            lines[index] = setting
            break
    else:
        lines.insert(0, setting)
    _write_atomically(path, "\n".join(lines) + "\n")


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _write_atomically(path: Path, text: str) -> None:
    """Write a sibling file then rename it over `path`: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def read_history(path: Path) -> list[str]:
    """Earlier questions, oldest first (one a line, as readline keeps them)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line for line in text.splitlines() if line.strip()][-HISTORY_LIMIT:]


def append_history(path: Path, question: str) -> None:
    """Add one question to the history file, trimming it when it has grown far past the limit.

    Failing to remember is never worth interrupting an answer, so errors are ignored.
    """
    line = " ".join(question.split())
    if not line:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
        if path.stat().st_size > HISTORY_LIMIT * 200:
            kept = read_history(path)
            _write_atomically(path, "\n".join(kept) + "\n")
    except OSError:
        pass
