"""A degree word before a compound adjective grades that adjective: "the most up-to-date data" asks for the latest
data, not for the highest figure of anything. A cue of degree ("the most", "least", "more") directly before a
hyphenated compound that names no entity or measure is no cue."""

from __future__ import annotations

from collections.abc import Sequence

from factbot.understanding.analysis_types import Span, SpanKind

_HYPHENS = frozenset("-\u2010\u2011")
DEGREES = frozenset({"extreme_max", "extreme_min", "compare"})
"""The cues that grade an adjective: "the most", "least", "more"."""


def without_graded_compounds(spans: Sequence[Span], char_spans: Sequence[tuple[int, int]], prepared: str) -> list[Span]:
    """The spans less each cue of degree whose next word is joined to the one after it by a hyphen, when no
    name or measure span takes in that next word."""
    named = {index for span in spans if span.kind in (SpanKind.ENTITY, SpanKind.MEASURE) for index in span.indexes}
    kept = []
    for span in spans:
        following = span.last
        if (
            span.kind is SpanKind.CUE
            and set(span.targets) <= DEGREES
            and following < len(char_spans)
            and following not in named
            and _hyphen_after(char_spans[following], prepared)
        ):
            continue
        kept.append(span)
    return kept


def _hyphen_after(char_span: tuple[int, int], prepared: str) -> bool:
    end = char_span[1]
    return end < len(prepared) - 1 and prepared[end] in _HYPHENS and prepared[end + 1].isalpha()
