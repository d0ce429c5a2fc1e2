"""A span of time, normalised: `PeriodKey`, its kind, where it falls on a time line and how answers write it.

Split from `factbot.knowledge.periods`, which reads the many spellings of a period into a key: keys compare
equal when they name the same span, sort by `order`, and move ("4 years earlier") with `shifted`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "year"
    SPLIT_YEAR = "split year"
    """Two consecutive years written as one: marketing years (2022/23), fiscal years (FY 2013-2014)."""
    FISCAL_YEAR = "fiscal year"
    """A fiscal year named by one year ("FY2023", "fiscal 2023"): which months it covers varies."""
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    DATE = "date"
    DECADE = "decade"
    CENTURY = "century"


_ORDINAL_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, order=True)
class PeriodKey:
    """A span of time, normalised: equal keys name the same span whatever the spelling."""

    kind: PeriodKind
    year: int
    part: int = 0
    """The quarter (1-4), half (1-2) or month (1-12); 0 for whole years."""
    day: int = 0

    @property
    def order(self) -> Decimal:
        """Where the span falls on a time line, for sorting series (units: years)."""
        year = Decimal(self.year)
        offsets = {
            PeriodKind.YEAR: Decimal(0),
            PeriodKind.SPLIT_YEAR: Decimal("0.5"),
            PeriodKind.FISCAL_YEAR: Decimal("0.5"),
            PeriodKind.HALF: (Decimal(self.part) - 1) / 2 + Decimal("0.25"),
            PeriodKind.QUARTER: (Decimal(self.part) - 1) / 4 + Decimal("0.125"),
            PeriodKind.MONTH: (Decimal(self.part) - Decimal("0.5")) / 12,
            PeriodKind.DATE: (Decimal(self.part) - 1) / 12 + Decimal(self.day) / 366,
            PeriodKind.DECADE: Decimal(5),
            PeriodKind.CENTURY: Decimal(-50),
        }
        return year + offsets[self.kind]

    @property
    def label(self) -> str:
        """How answers write the span: "2022/23", "Q1 2024", "May 23, 2024"."""
        label = _LABELS.get(self.kind)
        return label(self) if label is not None else str(self.year)

    @property
    def preposition(self) -> str:
        return "on" if self.kind is PeriodKind.DATE else "in"

    def shifted(self, years: int) -> PeriodKey:
        """The same kind of span `years` later (negative: earlier): "4 years earlier" than 2022/23 is 2018/19."""
        return replace(self, year=self.year + years)


def _date_label(key: PeriodKey) -> str:
    month_day = f"{_MONTH_NAMES[key.part - 1]} {key.day}"
    return f"{month_day}, {key.year}" if key.year else month_day


_LABELS: dict[PeriodKind, Callable[[PeriodKey], str]] = {
    PeriodKind.SPLIT_YEAR: lambda key: f"{key.year}/{(key.year + 1) % 100:02d}",
    PeriodKind.FISCAL_YEAR: lambda key: f"fiscal {key.year}",
    PeriodKind.HALF: lambda key: f"the {_ORDINAL_NAMES[key.part]} half of {key.year}",
    PeriodKind.QUARTER: lambda key: f"Q{key.part} {key.year}",
    PeriodKind.MONTH: lambda key: f"{_MONTH_NAMES[key.part - 1]} {key.year}",
    PeriodKind.DATE: _date_label,
    PeriodKind.DECADE: lambda key: f"the {key.year}s",
    PeriodKind.CENTURY: lambda key: f"the {key.year // 100 + 1}th century",
}
"""How answers write each kind of span: "2022/23", "Q1 2024", "May 23, 2024"."""
