"""A sum cue whose words are a measure's name too ("added" of "capacity added": "was added by X") says what is
measured, not that figures are put together: a stated share asked of it is looked up, not taken for a share of a
combined figure."""

from __future__ import annotations

from pathlib import Path

from factbot.results import Status
from tiny import tiny_engine

TEXT = "Acme added 80% of the solar capacity added in the state.\nAcme added 4 GW.\n"
RECORDS = """
entities:
  - {id: acme, name: Acme, kind: company, aliases: [Acme]}
measures:
  - {id: added, name: capacity added, unit: gigawatts, aliases: [capacity added, added, add]}
  - {id: state-share, name: share of the state's solar additions, unit: percent,
     aliases: [share of the state's solar additions, state's new solar capacity, solar added in the state]}
facts:
  - {id: a, subject: acme, measure: state-share, value: 80%, sentence: 1, quote: "Acme added 80%"}
  - {id: b, subject: acme, measure: added, value: "4", sentence: 2, quote: "Acme added 4 GW"}
"""


def test_a_stated_share_asked_with_a_measure_word_of_the_sum_cue(tmp_path: Path) -> None:
    answer = tiny_engine(tmp_path, RECORDS, TEXT).ask(
        "What proportion of the state's new solar capacity was added by Acme?"
    )
    assert answer.status is Status.ANSWERED and "80%" in answer.text, answer.text
