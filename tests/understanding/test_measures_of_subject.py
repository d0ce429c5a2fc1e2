"""A word two measures share names, of a subject with figures for only one of them, that one."""

from __future__ import annotations

from pathlib import Path

from tiny import tiny_engine

OWNERS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
  - {id: bolt, name: Bolt, kind: company, aliases: [Bolt]}
measures:
  - {id: owned, name: plants owned, unit: plants, aliases: [plants owned, own, owned]}
  - {id: managed, name: plants managed, unit: plants, aliases: [plants managed, manage, managed]}
  - {id: owned-or-run, name: plants owned or run, unit: plants, aliases: [plants owned or run, own, run]}
facts:
  - {id: acme-owned, subject: acme, measure: owned, value: "2", sentence: 1, quote: "Acme owned 2 plants"}
  - {id: acme-managed, subject: acme, measure: managed, value: "15", sentence: 1, quote: "managed 15 plants"}
  - {id: bolt-run, subject: bolt, measure: owned-or-run, value: "40", sentence: 2, quote: "Bolt owned or ran 40 plants"}
"""
TEXT = "Acme owned 2 plants and managed 15 plants.\nBolt owned or ran 40 plants.\n"


def test_a_shared_word_names_the_measure_the_subject_has(tmp_path: Path) -> None:
    engine = tiny_engine(tmp_path, OWNERS, TEXT)
    answer = engine.ask("In total, how many plants did Acme own or manage?")
    assert answer.status == "answered"
    assert "17 plants" in answer.text
    assert "plants owned and plants managed" in answer.text
