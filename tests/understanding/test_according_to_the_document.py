"""'According to this review': an entity named by the source's short title is the document itself, so every
figure of that source is according to it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from factbot.engine import Engine

YAML = """
source: {id: review, title: Widget makers in 2021, short_title: annual widget review, file: sources/review.txt}
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: the-review, name: this annual widget review, kind: document,
     aliases: [annual widget review, this annual widget review]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sell]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "Acme sold 150 widgets in 2021"}
statements:
  - {id: current, about: [the-review], sentence: 2, quote: "This annual widget review is current as of May 2022."}
"""
TEXT = "Acme sold 150 widgets in 2021.\nThis annual widget review is current as of May 2022.\n"


def test_a_figure_is_according_to_the_document_it_comes_from(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "review.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "review.yaml").write_text(textwrap.dedent(YAML), encoding="utf-8")
    answer = Engine.from_folder(tmp_path).ask(
        "How many widgets did Acme sell in 2021 according to this annual widget review?"
    )
    assert answer.status == "answered"
    assert "150" in answer.text
