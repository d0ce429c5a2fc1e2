"""A figure that is itself a length of time answers "how many months after ...".

"How many months after the merger would the services begin?" asks for time elapsed, and a
dated pair of events can answer it; so can a figure whose unit is months ("beginning six
months after the merger"). A reading of such a figure explains the words that ask for time
elapsed in its unit, as a reading of a figure in barrels explains "how many barrels".
"""

from __future__ import annotations

from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.operations import ELAPSED

DURATIONS = frozenset({"second", "minut", "hour", "day", "week", "month", "year", "decad"})
"""Units of time, as the normaliser folds them: a figure in one of them is itself a length of time."""


def elapsed_in_unit(analysis: Analysis, unit: frozenset[str]) -> frozenset[int]:
    """The words of each "how many <unit> ..." cue whose unit is the measure's, and of each cue naming no unit
    ("how much time", "how long") when the measure's unit is a unit of time: "how much time did X spend" asks
    the figure of time spent as much as the time between two events."""
    if not unit:
        return frozenset()
    found: set[int] = set()
    for span in analysis.of(SpanKind.CUE):
        if ELAPSED not in span.targets:
            continue
        said = {analysis.words[index].text for index in span.indexes}
        if unit & said or (unit & DURATIONS and not said & DURATIONS):
            found |= span.indexes
    return frozenset(found)
