"""A follow-up keeps the last question's market only where the measure it asks has figures in that market."""

from __future__ import annotations

from pathlib import Path

from factbot.understanding.conversation import Conversation
from tiny import tiny_engine

TEXT = "In Ardia, Acme sold 120 widgets in 2021 and Bolt 90.\nAcme sold 15 gadgets in 2021.\n"
RECORDS = """
entities:
  - {id: ardia, name: Ardia, kind: country, aliases: [Ardia]}
  - {id: acme, name: Acme, kind: shop, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: shop, aliases: [Bolt]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets]}
  - {id: gadget-sales, name: gadget sales, unit: gadgets, aliases: [gadget sales, gadgets]}
periods:
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-w, subject: acme, measure: widget-sales, market: ardia, period: y2021, value: "120", sentence: 1,
     quote: "In Ardia, Acme sold 120 widgets in 2021"}
  - {id: bolt-w, subject: bolt, measure: widget-sales, market: ardia, period: y2021, value: "90", sentence: 1,
     quote: "Bolt 90"}
  - {id: acme-g, subject: acme, measure: gadget-sales, period: y2021, value: "15", sentence: 2,
     quote: "Acme sold 15 gadgets in 2021"}
"""


def test_a_market_the_new_measure_has_no_figures_in_is_not_borrowed(tmp_path: Path) -> None:
    engine, conversation = tiny_engine(tmp_path, RECORDS, TEXT), Conversation()
    first = engine.ask("Which shop sold the most widgets in Ardia in 2021?", conversation)
    assert first.text.startswith("Acme")
    answer = engine.ask("How many gadgets did it sell in 2021?", conversation)
    assert answer.status == "answered" and "15" in answer.text
