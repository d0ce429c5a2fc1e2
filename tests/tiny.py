"""A tiny knowledge folder built inside a test: one text, one YAML, the built-in lexicon.

Each mechanism of understanding and answering is proven on a folder like this, written
for the test, so the proof does not lean on any shipped document.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from factbot.engine import Engine

TEXT = (
    "Acme sold 120 widgets in 2020 and 150 widgets in 2021.\n"
    "Bolt sold 90 widgets in 2021.\n"
    "Acme and Bolt formed a partnership in 2019.\n"
    "Acme does not sell gadgets.\n"
    "Bolt was given the option to buy a factory.\n"
    "Acme's output remains 10 percent below normal.\n"
)

RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: widget-sales, name: widget sales, unit: widgets, aliases: [widget sales, widgets sold, sales]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: widget-sales, period: y2020, value: "120 widgets",
     sentence: 1, quote: "Acme sold 120 widgets in 2020"}
  - {id: acme-2021, subject: acme, measure: widget-sales, period: y2021, value: "150 widgets",
     sentence: 1, quote: "150 widgets in 2021"}
  - {id: bolt-2021, subject: bolt, measure: widget-sales, period: y2021, value: "90 widgets",
     sentence: 2, quote: "Bolt sold 90 widgets in 2021"}
statements:
  - id: partnership
    kind: event
    answer: "Acme and Bolt formed a partnership in 2019."
    about: [acme, bolt]
    keywords: [deal, alliance]
    sentence: 3
    quote: "Acme and Bolt formed a partnership in 2019."
  - id: no-gadgets
    answer: "Acme does not sell gadgets."
    about: [acme]
    sentence: 4
    quote: "Acme does not sell gadgets."
  - id: factory-option
    answer: "Bolt was given the option to buy a factory."
    about: [bolt]
    sentence: 5
    quote: "Bolt was given the option to buy a factory."
  - id: below-normal
    answer: "Acme's output remains 10 percent below normal."
    about: [acme]
    sentence: 6
    quote: "Acme's output remains 10 percent below normal."
"""


def tiny_folder(tmp_path: Path, records: str = RECORDS, text: str = TEXT) -> Path:
    folder = tmp_path / "tiny"
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "tiny.txt").write_text(text, encoding="utf-8")
    header = "source: {id: tiny, title: A tiny source, file: sources/tiny.txt}\n"
    (folder / "tiny.yaml").write_text(header + textwrap.dedent(records), encoding="utf-8")
    return folder


def tiny_engine(tmp_path: Path, records: str = RECORDS, text: str = TEXT) -> Engine:
    return Engine.from_folder(tiny_folder(tmp_path, records, text))


FALLING_SHARE = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: market-share, name: market share, unit: percent, aliases: [market share, share]}
periods:
  - {id: y2020, aliases: ["2020"]}
  - {id: y2021, aliases: ["2021"]}
facts:
  - {id: acme-2020, subject: acme, measure: market-share, period: y2020, value: 60%, sentence: 1,
     quote: "Acme held 60% of the market in 2020"}
  - {id: acme-2021, subject: acme, measure: market-share, period: y2021, value: 45%, sentence: 1,
     quote: "45% in 2021"}
"""
"""One subject's share in two years, falling: changes, and yes/no over their size."""
