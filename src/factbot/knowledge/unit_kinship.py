"""Whether two measures' units count the same thing, so their figures may be set side by side.

Figures of one unit may be compared, divided, added. A rate's unit qualified by a narrower base ("widgets per
1,000 workers aged 18–64" beside "widgets per 1,000 workers") counts the same thing per a part of the same kind of
base: the two rates may be compared and one divided by the other ("3.05 times the other rate"), never
added. Anything else is a different unit, and is never combined.
"""

from __future__ import annotations

from collections.abc import Iterable

RATE_WORD = "per"
"""The word that makes a unit a rate: so much of one thing per so much of another."""


def akin_rates(units: Iterable[str]) -> bool:
    """Whether the units are one rate's unit, some qualified by a narrower base: the shortest is a rate ("... per
    ...") and every other is it followed by a qualifier that names no second base."""
    found = sorted({unit.strip() for unit in units}, key=len)
    if len(found) < 2:
        return True
    base = found[0].split()
    if RATE_WORD not in base:
        return False
    for unit in found[1:]:
        words = unit.split()
        if words[: len(base)] != base or RATE_WORD in words[len(base) :]:
            return False
    return True
