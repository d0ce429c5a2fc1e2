"""YAML mistakes a curator makes get a message that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbot.knowledge.yamlfile import KnowledgeError, load_yaml


def test_a_figure_split_by_its_comma_inside_braces_says_to_quote_it(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("facts:\n  - {id: f, change: -33,703, sentence: 1}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_yaml(path, "a.yaml")
    assert "must be quoted" in str(raised.value) and "a.yaml:2" in str(raised.value)
